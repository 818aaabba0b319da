package io.parksuite.chaos.support;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a scenario class with its number in issue 14; {@code -Dchaos.scenarios} selects by it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ScenarioSelection.class)
public @interface ChaosScenario {

    int value();

    String name();
}
