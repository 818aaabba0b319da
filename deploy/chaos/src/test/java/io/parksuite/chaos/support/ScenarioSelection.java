package io.parksuite.chaos.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Set;

/** Runs a {@link ChaosScenario} only when {@code -Dchaos.scenarios} names it (or names none). */
public class ScenarioSelection implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ChaosScenario scenario = context.getRequiredTestClass().getAnnotation(ChaosScenario.class);
        Set<Integer> selected = Chaos.selected();
        if (scenario == null || selected.isEmpty() || selected.contains(scenario.value())) {
            return ConditionEvaluationResult.enabled("selected");
        }
        return ConditionEvaluationResult.disabled("scenario " + scenario.value() + " not in chaos.scenarios=" + selected);
    }
}
