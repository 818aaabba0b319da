package io.parksuite.platform.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a list as CSV for spreadsheets: a UTF-8 byte-order mark (so Excel reads Chinese text),
 * a header line of the given (Chinese) column titles, then one line per item.
 */
public final class CsvExport<T> {

    private static final CsvMapper CSV = new CsvMapper();

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
                row.put(title, cell == null ? "" : cell.toString());
            });
            return row;
        }).toList();
        try {
            return "\uFEFF" + CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write CSV", e);
        }
    }
}
