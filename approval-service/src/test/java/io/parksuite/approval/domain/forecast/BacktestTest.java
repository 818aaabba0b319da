package io.parksuite.approval.domain.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacktestTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void onAGeneratedHistoryWithDriftTheForecastWarnsInTimeMoreOftenAtBetterPrecisionThanTheTwoDayWindow(long seed) {
        List<Backtest.Case> history = GeneratedHistory.generate(seed, 12, 3000, 250);
        Backtest.Report report = new Backtest(CompletionForecast.STANDARD, 3).run(history, 2);
        Backtest.Score forecast = report.forecast();
        Backtest.Score window = report.windows().get(0);
        assertTrue(report.breaches() > 100, "the history must hold breaches to score: " + report.breaches());
        assertEquals(1.0, window.recall(), "every breach was still open two days before its deadline");
        assertEquals(0.0, window.recallInTime(), "two days are less than the three needed to act");
        assertTrue(forecast.recallInTime() > window.recallInTime() + 0.2, "forecast recall in time " + forecast.recallInTime());
        assertTrue(forecast.precision() >= window.precision(),
                "forecast precision " + forecast.precision() + " vs window " + window.precision());
    }

    @Test
    void theWindowWarnsEveryCaseStillOpenItsDaysBeforeTheDeadline() {
        List<Backtest.Case> history = List.of(
                new Backtest.Case("A", 0, 10, 7),
                new Backtest.Case("A", 1, 10, 9),
                new Backtest.Case("A", 2, 10, 11),
                new Backtest.Case("A", 3, 10, 3));
        Backtest.Score window = new Backtest(CompletionForecast.STANDARD, 3).run(history, 3).windows().get(0);
        assertEquals(2, window.warned(), "still open after 7 of 10 days: the 9- and the 11-day case");
        assertEquals(1, window.warnedBreaches());
        assertEquals(1.0, window.recallInTime());
    }
}
