package io.parksuite.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code *IT} class that tests the module's packaged application: the built
 * {@code target/quarkus-app/quarkus-run.jar} runs in its own JVM with the test profile, against the
 * test database and an in-process Kafka broker, and RestAssured points at it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PackagedServiceLauncher.class)
public @interface PackagedService {

    /** The topics to create before the application starts, comma-separated. */
    String topics() default "";
}
