package io.parksuite.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package rules every service follows, so that a newcomer finds each kind of code in one
 * place: {@code api} only translates HTTP (no queries, no transactions), {@code service} holds the
 * use cases and their transaction boundaries, {@code domain} the entities and rules,
 * {@code messaging} the event adapters and {@code config} the settings below all of them. Nothing
 * depends on {@code api}; a service class reaches {@code messaging} only to build and record the
 * events it produces. Test class names show their tier: {@code *Test} plain JUnit,
 * {@code *ServiceTest} a {@code @QuarkusTest} against PostgreSQL and Kafka, {@code *IT} the
 * packaged application. No class of {@code src/main} is longer than 300 lines. A deprecated
 * operation is also {@code @Sunset}, so its answers say when it goes. A service's test
 * extends this class and names its base package.
 */
public abstract class LayeringContract {

    /** A service's classes, imported once for all the rules. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** A class longer than this does more than one thing: split it by its reasons to change. */
    private static final int MAX_LINES = 300;
    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    private static final String SUNSET = "io.parksuite.platform.http.Sunset";
    private static final String PANACHE_ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";
    private static final Pattern PANACHE_OPERATION = Pattern.compile(
            "find.*|list.*|stream.*|count|persist.*|delete.*|update|flush|getEntityManager|getSession|isPersistent");

    /** The service's base package, e.g. {@code io.parksuite.approval}. */
    protected abstract String basePackage();

    private JavaClasses mainClasses() {
        JavaClasses classes = IMPORTED.computeIfAbsent(basePackage(), base -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(base));
        assertFalse(classes.isEmpty(), "no classes found in " + basePackage());
        return classes;
    }

    @Test
    void packagesDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy(basePackage() + ".api..")
                .layer("service").definedBy(basePackage() + ".service..")
                .layer("messaging").definedBy(basePackage() + ".messaging..")
                .layer("domain").definedBy(basePackage() + ".domain..")
                .layer("config").definedBy(basePackage() + ".config..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("api", "messaging")
                .whereLayer("messaging").mayOnlyBeAccessedByLayers("service")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("api", "service", "messaging", "config")
                .whereLayer("config").mayOnlyBeAccessedByLayers("api", "service", "messaging", "domain")
                .check(mainClasses());
    }

    @Test
    void servicesReachMessagingOnlyForTheEventsTheyProduce() {
        noClasses().that().resideInAPackage(basePackage() + ".service..")
                .should().dependOnClassesThat(DescribedPredicate.describe("messaging classes other than producers",
                        (JavaClass c) -> c.getPackageName().startsWith(basePackage() + ".messaging")
                                && !isProducer(c.getName())))
                .because("event consumers are thin adapters that call services, never the other way round")
                .check(mainClasses());
    }

    @Test
    void resourcesDoNoPersistence() {
        JavaClasses classes = mainClasses();
        noClasses().that().resideInAPackage(basePackage() + ".api..")
                .should().dependOnClassesThat(resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "io.quarkus.hibernate..", "io.quarkus.panache..", "java.sql..", "javax.sql..", "io.agroal.."))
                .because("queries and writes belong to the service layer")
                .check(classes);
        noClasses().that().resideInAPackage(basePackage() + ".api..")
                .should(callPanacheOperations())
                .because("queries and writes belong to the service layer")
                .check(classes);
    }

    @Test
    void transactionsBeginInServices() {
        JavaClasses classes = mainClasses();
        noClasses().that().resideInAPackage(basePackage() + ".api..")
                .should().beAnnotatedWith(TRANSACTIONAL)
                .check(classes);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage(basePackage() + ".api..")
                .should().beAnnotatedWith(TRANSACTIONAL)
                .because("a service method is the transaction boundary (docs/architecture.md)")
                .check(classes);
    }

    @Test
    void deprecatedOperationsAnnounceTheirSunset() {
        JavaClasses classes = mainClasses();
        methods().that().areDeclaredInClassesThat().resideInAPackage(basePackage() + ".api..")
                .and().areAnnotatedWith(Deprecated.class)
                .should().beAnnotatedWith(SUNSET)
                .because("a calling system learns of a deprecation from the Deprecation and Sunset headers")
                .allowEmptyShould(true)
                .check(classes);
        methods().that().areAnnotatedWith(SUNSET)
                .should().beAnnotatedWith(Deprecated.class)
                .because("@Deprecated is what marks the operation deprecated in the OpenAPI document")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noMainClassIsLongerThan300Lines() throws IOException {
        Path sources = Path.of(System.getProperty("basedir", "."), "src", "main", "java");
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> text = Files.lines(file)) {
                    lines = text.count();
                }
                if (lines > MAX_LINES) {
                    tooLong.add(sources.relativize(file) + " (" + lines + " lines)");
                }
            }
        }
        assertTrue(tooLong.isEmpty(), "split these by their reasons to change: " + tooLong);
    }

    @Test
    void testNamesShowTheirTier() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage());
        classes().that().areAnnotatedWith(QuarkusTest.class)
                .should().haveSimpleNameEndingWith("ServiceTest")
                .allowEmptyShould(true).check(tests);
        classes().that().areAnnotatedWith(PackagedService.class)
                .should().haveSimpleNameEndingWith("IT")
                .allowEmptyShould(true).check(tests);
        classes().that().haveSimpleNameEndingWith("IT")
                .should().beAnnotatedWith(PackagedService.class)
                .allowEmptyShould(true).check(tests);
        classes().that().haveSimpleNameEndingWith("ServiceTest")
                .should().beAnnotatedWith(QuarkusTest.class)
                .allowEmptyShould(true).check(tests);
    }

    private static boolean isProducer(String className) {
        String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return topLevel.endsWith("Events") || topLevel.endsWith("Snapshot");
    }

    private static ArchCondition<JavaClass> callPanacheOperations() {
        return new ArchCondition<>("call Panache queries or writes on entities") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    JavaClass owner = call.getTargetOwner();
                    if (owner.isAssignableTo(PANACHE_ENTITY)
                            && PANACHE_OPERATION.matcher(call.getName()).matches()) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
