package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportFigures;
import io.parksuite.indicator.domain.ReportStatus;
import io.parksuite.indicator.domain.Submission;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.uscc.Uscc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks report rows beyond Bean Validation: the period rules (format, no January, no period
 * that has not ended), the USCC, non-negative figures, export value within sales output, the unit,
 * the status, and duplicates of one enterprise and period within a request.
 */
final class ReportRequests {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private ReportRequests() {
    }

    /** The checked rows, or the errors of every invalid row (with those Bean Validation found). */
    record Checked(List<Submission> submissions, List<RowError> errors) {
    }

    static Checked check(List<ReportRequest> rows, List<RowError> validationErrors, LocalDate today) {
        List<RowError> errors = new ArrayList<>(validationErrors);
        List<Submission> submissions = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        java.util.Set<Integer> invalid = new java.util.HashSet<>();
        validationErrors.forEach(e -> invalid.add(e.row()));
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            ReportRequest request = rows.get(i);
            if (request == null) {
                errors.add(new RowError(row, "", "is empty"));
                continue;
            }
            List<RowError> found = new ArrayList<>();
            if (request.uscc() != null && !request.uscc().isBlank()) {
                Uscc.Check check = Uscc.check(request.uscc());
                if (check == Uscc.Check.WRONG_LENGTH || check == Uscc.Check.INVALID_CHARACTER) {
                    found.add(new RowError(row, "uscc", Uscc.problem(request.uscc())));
                }
            }
            Period period = null;
            if (request.period() != null && !request.period().isBlank()) {
                Period.Result parsed = Period.parse(request.period());
                if (parsed.period() == null) {
                    found.add(new RowError(row, "period", parsed.error()));
                } else if (parsed.period().isAfterLastClosedPeriod(today)) {
                    found.add(new RowError(row, "period", "is not over yet: the latest period that can be reported is "
                            + latestClosed(today)));
                } else {
                    period = parsed.period();
                }
            }
            ReportStatus status = ReportStatus.PRELIMINARY;
            if (request.status() != null) {
                try {
                    status = ReportStatus.valueOf(request.status().trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    found.add(new RowError(row, "status", "must be PRELIMINARY or FINAL"));
                }
            }
            BigDecimal factor = BigDecimal.ONE;
            if (request.unit() != null && !request.unit().isBlank()) {
                switch (request.unit().trim()) {
                    case "元", "yuan" -> factor = BigDecimal.ONE;
                    case "万元", "10k-yuan" -> factor = TEN_THOUSAND;
                    default -> found.add(new RowError(row, "unit", "must be 元 or 万元, not " + request.unit()));
                }
            }
            nonNegative(found, row, "outputValueYuan", request.outputValueYuan());
            nonNegative(found, row, "salesOutputYuan", request.salesOutputYuan());
            nonNegative(found, row, "revenueYuan", request.revenueYuan());
            nonNegative(found, row, "taxYuan", request.taxYuan());
            nonNegative(found, row, "energyTce", request.energyTce());
            nonNegative(found, row, "exportDeliveryValueYuan", request.exportDeliveryValueYuan());
            if (request.exportDeliveryValueYuan() != null && request.salesOutputYuan() != null
                    && request.exportDeliveryValueYuan().compareTo(request.salesOutputYuan()) > 0) {
                found.add(new RowError(row, "exportDeliveryValueYuan",
                        "must not exceed salesOutputYuan: 出口交货值 is part of 销售产值"));
            }
            if (request.employees() != null && request.employees() < 0) {
                found.add(new RowError(row, "employees", "must not be negative"));
            }
            if (period != null && request.uscc() != null) {
                Integer first = firstRow.putIfAbsent(request.uscc() + "|" + period, row);
                if (first != null) {
                    found.add(new RowError(row, "period", "duplicates row " + first + " (same enterprise and period)"));
                }
            }
            errors.addAll(found);
            if (found.isEmpty() && !invalid.contains(row)) {
                submissions.add(new Submission(row, request.uscc(), period, status, new ReportFigures(
                        yuan(request.outputValueYuan(), factor), yuan(request.salesOutputYuan(), factor),
                        yuan(request.revenueYuan(), factor), yuan(request.taxYuan(), factor), request.employees(),
                        request.energyTce(), request.exportDeliveryValueYuan() == null ? BigDecimal.ZERO.setScale(2)
                                : yuan(request.exportDeliveryValueYuan(), factor))));
            }
        }
        errors.sort(java.util.Comparator.comparingInt(RowError::row).thenComparing(RowError::field));
        return new Checked(submissions, errors);
    }

    static String latestClosed(LocalDate today) {
        var previous = java.time.YearMonth.from(today).minusMonths(1);
        if (previous.getMonthValue() == 1) {
            return "the 1–2月 report of " + previous.getYear() + " is not due yet; latest: "
                    + (previous.getYear() - 1) + "-12";
        }
        return previous.toString();
    }

    private static void nonNegative(List<RowError> found, int row, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            found.add(new RowError(row, field, "must not be negative"));
        }
    }

    private static BigDecimal yuan(BigDecimal value, BigDecimal factor) {
        return value.multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
