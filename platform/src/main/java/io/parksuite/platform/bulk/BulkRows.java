package io.parksuite.platform.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the rows of a bulk request, a JSON array or CSV with a header line, into records, and
 * checks each with Bean Validation. Every problem is reported with its row number; a request over
 * the row limit, or one that cannot be read at all, is refused as a whole.
 */
@ApplicationScoped
public class BulkRows {

    private static final CsvMapper CSV = CsvMapper.builder().findAndAddModules().build();

    private final ObjectMapper objectMapper;
    private final Validator validator;

    public BulkRows(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /**
     * The rows of a bulk request in the format its {@code Content-Type} names: CSV for
     * {@code text/csv}, otherwise a JSON array (the resource's {@code @Consumes} has already
     * refused anything else).
     */
    public <T> List<T> read(String contentType, String body, Class<T> type, int maxRows) {
        return isCsv(contentType) ? readCsv(body, type, maxRows) : readJson(body, type, maxRows);
    }

    public static boolean isCsv(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv");
    }

    /**
     * A JSON array of rows, read one row at a time: a body over {@code maxRows} is refused at the
     * first row too many, before the rest is read, so a huge array of small rows never fills the heap.
     */
    public <T> List<T> readJson(String body, Class<T> type, int maxRows) {
        requireContent(body);
        List<T> rows = new ArrayList<>();
        try (JsonParser parser = objectMapper.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw unreadable(0, "not a JSON array of rows");
            }
            ObjectReader reader = objectMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (rows.size() == maxRows) {
                    throw tooMany(maxRows);
                }
                try {
                    rows.add(reader.readValue(parser));
                } catch (JsonMappingException e) {
                    throw unreadable(rows.size() + 1, e.getOriginalMessage());
                }
            }
            if (parser.nextToken() != null) {
                throw unreadable(0, "not a JSON array of rows: content after the array");
            }
            return rows;
        } catch (JsonProcessingException e) {
            throw unreadable(rows.isEmpty() ? 0 : rows.size() + 1, "not a JSON array of rows: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw unreadable(0, e.getMessage());
        }
    }

    /** CSV with a header line naming the columns; empty cells are absent values. */
    public <T> List<T> readCsv(String body, Class<T> type, int maxRows) {
        requireContent(body);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<T> rows = new ArrayList<>();
        try (MappingIterator<T> iterator = CSV.readerFor(type).with(schema)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.EMPTY_STRING_AS_NULL)
                .readValues(body.startsWith("\uFEFF") ? body.substring(1) : body)) {
            while (iterator.hasNextValue()) {
                if (rows.size() == maxRows) {
                    throw tooMany(maxRows);
                }
                try {
                    rows.add(iterator.nextValue());
                } catch (RuntimeException e) {
                    throw unreadable(rows.size() + 1, rootMessage(e));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw unreadable(rows.size() + 1, rootMessage(e));
        }
        return rows;
    }

    /** The Bean Validation errors of every row, by row number. */
    public <T> List<RowError> validate(List<T> rows) {
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (ConstraintViolation<T> violation : validator.validate(rows.get(i))) {
                errors.add(new RowError(i + 1, violation.getPropertyPath().toString(), violation.getMessage()));
            }
        }
        errors.sort(Comparator.comparingInt(RowError::row).thenComparing(RowError::field));
        return errors;
    }

    /** A 422 listing row errors as {@code errors[].field = "rows[12].uscc"}; nothing was written. */
    public static ProblemException rejected(List<RowError> errors) {
        List<Problem.FieldError> fields = errors.stream()
                .map(e -> new Problem.FieldError("rows[" + e.row() + "]" + (e.field().isEmpty() ? "" : "." + e.field()),
                        e.message()))
                .toList();
        long rows = errors.stream().mapToInt(RowError::row).distinct().count();
        return new ProblemException(422, "bulk-rejected", "Bulk request rejected",
                rows + (rows == 1 ? " row is" : " rows are") + " invalid; nothing was written", fields);
    }

    /**
     * Checks every row before anything is written: the Bean Validation errors already found, each
     * valid row's own {@code problems} (unknown references, conflicts with stored data) and rows
     * repeating the {@code key} of an earlier row. Throws {@link #rejected} listing them all.
     *
     * @param key      what must be unique within the request, or null when anything may repeat
     * @param keyField the field a duplicate is reported on
     */
    public static <T> void requireAllValid(List<T> rows, List<RowError> beanErrors,
                                           Function<T, List<Problem.FieldError>> problems,
                                           Function<T, ?> key, String keyField) {
        List<RowError> errors = new ArrayList<>(beanErrors);
        Map<Object, Integer> firstRowOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            T value = rows.get(i);
            if (beanErrors.stream().anyMatch(e -> e.row() == row)) {
                continue;
            }
            problems.apply(value).forEach(p -> errors.add(new RowError(row, p.field(), p.message())));
            Integer first = key == null ? null : firstRowOf.putIfAbsent(key.apply(value), row);
            if (first != null) {
                errors.add(new RowError(row, keyField, "duplicates row " + first));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row).thenComparing(RowError::field));
            throw rejected(errors);
        }
    }

    private static void requireContent(String body) {
        if (body == null || body.isBlank()) {
            throw unreadable(0, "the body is empty");
        }
    }

    private static ProblemException tooMany(int maxRows) {
        return ProblemException.invalidField("rows", "at most " + maxRows + " rows per request; split the file");
    }

    private static ProblemException unreadable(int row, String message) {
        return new ProblemException(400, "malformed-request", "Malformed request",
                row > 0 ? "Row " + row + " cannot be read: " + message : "The rows cannot be read: " + message,
                row > 0 ? List.of(new Problem.FieldError("rows[" + row + "]", message)) : List.of());
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
