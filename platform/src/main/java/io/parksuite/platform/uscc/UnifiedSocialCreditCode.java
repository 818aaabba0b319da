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

/** Bean Validation constraint: a valid unified social credit code (format, alphabet, check character). */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UnifiedSocialCreditCode.Validator.class)
public @interface UnifiedSocialCreditCode {

    String message() default "is not a valid unified social credit code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a code and reports why it is invalid. Null is left to {@code @NotNull}. */
    class Validator implements ConstraintValidator<UnifiedSocialCreditCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String problem = Uscc.problem(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
                    .addConstraintViolation();
            return false;
        }
    }
}
