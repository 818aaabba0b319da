package io.parksuite.platform.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes a list as CSV for spreadsheets: a UTF-8 byte-order mark (so Excel reads Chinese text),
 * a header line of the given (Chinese) column titles, then one line per item. A text cell that a
 * spreadsheet (Excel, WPS) would run as a formula, one beginning with {@code = + - @}, a tab or a
 * carriage return, is written with a leading apostrophe, as OWASP advises against CSV injection;
 * numbers, negative ones included, stay numbers.
 */
public final class CsvExport<T> {

    private static final CsvMapper CSV = new CsvMapper();
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Map<String, Function<T, Object>> columns = new LinkedHashMap<>();

    public CsvExport<T> column(String title, Function<T, Object> value) {
        columns.put(title, value);
        return this;
    }

    public String write(List<T> items) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.keySet().forEach(schema::addColumn);
        List<Map<String, Object>> rows = items.stream().map(item -> {
            Map<String, Object> row = new LinkedHashMap<>();
            columns.forEach((title, value) -> {
                Object cell = value.apply(item);
                row.put(title, text(cell));
            });
            return row;
        }).toList();
        try {
            return "\uFEFF" + CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write CSV", e);
        }
    }

    /** The cell as text that a spreadsheet shows and never evaluates. */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        boolean number = cell instanceof Number || NUMBER.matcher(text).matches();
        return !number && FORMULA_START.matcher(text).find() ? "'" + text : text;
    }
}
