package io.parksuite.platform.uscc;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: a valid unified social credit code (length, alphabet and, unless
 * {@link #checkCharacter()} is false, the check character). Registries that accept legitimate
 * early codes failing the check verify it themselves, with an explicit override.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UnifiedSocialCreditCode.Validator.class)
public @interface UnifiedSocialCreditCode {

    String message() default "is not a valid unified social credit code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether a check-character mismatch is a violation. */
    boolean checkCharacter() default true;

    /** Checks a code and reports why it is invalid. Null is left to {@code @NotNull}. */
    class Validator implements ConstraintValidator<UnifiedSocialCreditCode, String> {

        private boolean checkCharacter;

        @Override
        public void initialize(UnifiedSocialCreditCode annotation) {
            checkCharacter = annotation.checkCharacter();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Uscc.Check check = Uscc.check(value);
            if (check == Uscc.Check.VALID || (!checkCharacter && check == Uscc.Check.CHECK_CHARACTER_MISMATCH)) {
                return true;
            }
            String problem = Uscc.problem(value);
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
                    .addConstraintViolation();
            return false;
        }
    }
}
