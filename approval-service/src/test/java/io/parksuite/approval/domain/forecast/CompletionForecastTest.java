package io.parksuite.approval.domain.forecast;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionForecastTest {

    private final CompletionForecast forecast = new CompletionForecast(0.6, 5, 10);

    @Test
    void tooFewCasesGiveNoPredictionSoThePromisedLimitStands() {
        assertEquals(OptionalInt.empty(), forecast.predictedDays(List.of(3, 4, 5, 6), 0));
        assertFalse(forecast.predictsBreach(List.of(30, 30, 30, 30), 0, 10), "four cases are not enough");
    }

    @Test
    void thePredictionIsTheQuantileOfTheCasesThatRanLongerThanTheWorkHasRunSoFar() {
        List<Integer> history = List.of(2, 3, 4, 5, 6, 7, 8, 9, 12, 14);
        assertEquals(OptionalInt.of(7), forecast.predictedDays(history, 0), "ceil(0.6 x 10) = 6th of 2..14");
        assertEquals(OptionalInt.of(9), forecast.predictedDays(history, 4), "survivors 5..14: 4th of 6");
        assertEquals(OptionalInt.empty(), forecast.predictedDays(history, 8), "three cases ran longer than 8 days");
        assertTrue(forecast.predictsBreach(history, 4, 8));
        assertFalse(forecast.predictsBreach(history, 4, 9));
    }

    @Test
    void onlyTheLatestCasesCountSoThePredictionFollowsADrift() {
        List<Integer> history = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            history.add(4);
        }
        for (int i = 0; i < 10; i++) {
            history.add(12);
        }
        assertEquals(OptionalInt.of(12), forecast.predictedDays(history, 0), "the ten latest took 12 days");
        assertTrue(forecast.predictsBreach(history, 0, 10));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CompletionForecast(1.0, 5, 10));
        assertThrows(IllegalArgumentException.class, () -> new CompletionForecast(0.5, 11, 10));
    }
}
