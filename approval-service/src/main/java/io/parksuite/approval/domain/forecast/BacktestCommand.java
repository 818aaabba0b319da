package io.parksuite.approval.domain.forecast;

import io.parksuite.platform.calendar.WorkingCalendar;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code deploy/suite backtest}: replays a history and prints precision and recall of the forecast and of the fixed
 * windows. {@code --generate SEED} replays {@link GeneratedHistory} (12 items, 3,000 cases over 250 working days);
 * {@code --history FILE} replays a recorded one, a CSV of {@code itemCode,acceptedOn,limitDays,decidedOn} (dates
 * counted on the shipped working calendar), as the desk's decided tasks export it.
 */
public final class BacktestCommand {

    private BacktestCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("--generate", "--history").contains(args[0])) {
            System.err.println("usage: backtest --generate SEED | --history FILE.csv");
            System.exit(2);
        }
        List<Backtest.Case> history = args[0].equals("--generate")
                ? GeneratedHistory.generate(Long.parseLong(args[1]), 12, 3000, 250)
                : recorded(Path.of(args[1]), WorkingCalendar.chinaMainland());
        print(args[0] + " " + args[1], new Backtest(CompletionForecast.STANDARD, 3).run(history, 2, 3), System.out);
    }

    static List<Backtest.Case> recorded(Path file, WorkingCalendar calendar) throws IOException {
        List<String[]> rows = new ArrayList<>();
        LocalDate origin = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.strip().split(",");
            if (cells.length != 4 || cells[0].equals("itemCode")) {
                continue;
            }
            rows.add(cells);
            LocalDate accepted = LocalDate.parse(cells[1]);
            origin = origin == null || accepted.isBefore(origin) ? accepted : origin;
        }
        List<Backtest.Case> history = new ArrayList<>(rows.size());
        for (String[] cells : rows) {
            LocalDate accepted = LocalDate.parse(cells[1]);
            int start = calendar.workingDaysBetween(origin, accepted);
            int days = Math.max(0, calendar.workingDaysBetween(accepted, LocalDate.parse(cells[3])));
            history.add(new Backtest.Case(cells[0], start, Integer.parseInt(cells[2]), days));
        }
        return history;
    }

    static void print(String source, Backtest.Report report, PrintStream out) {
        out.printf(Locale.ROOT, "history: %s, %d cases, %d breached; forecast: %s; a warning is in time %d or more "
                + "working days before the deadline%n", source, report.cases(), report.breaches(),
                CompletionForecast.STANDARD, report.actDays());
        out.printf(Locale.ROOT, "%-14s %8s %9s %10s %8s %15s %12s%n", "method", "warned", "breached", "precision",
                "recall", "recall in time", "median lead");
        List<Backtest.Score> scores = new ArrayList<>();
        scores.add(report.forecast());
        scores.addAll(report.windows());
        for (Backtest.Score s : scores) {
            out.printf(Locale.ROOT, "%-14s %8d %9d %10.3f %8.3f %15.3f %12.1f%n", s.method(), s.warned(), s.warnedBreaches(),
                    s.precision(), s.recall(), s.recallInTime(), s.medianLeadDays());
        }
    }
}
