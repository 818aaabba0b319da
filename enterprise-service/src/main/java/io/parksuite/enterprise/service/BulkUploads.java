package io.parksuite.enterprise.service;

import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.http.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The bulk uploads of the registry's lists (designations, chains, platforms, titles, ledgers):
 * a JSON array or CSV with a header line, at most {@link #MAX_ROWS} rows (refused at the first row
 * too many), every row checked, all or nothing, and an {@code Idempotency-Key} so that a retried
 * upload is stored once. The upload and its stored answer commit in one transaction.
 */
@ApplicationScoped
public class BulkUploads {

    public static final int MAX_ROWS = 10_000;

    private final BulkRows bulkRows;
    private final IdempotencyKeys idempotencyKeys;

    public BulkUploads(BulkRows bulkRows, IdempotencyKeys idempotencyKeys) {
        this.bulkRows = bulkRows;
        this.idempotencyKeys = idempotencyKeys;
    }

    /**
     * @param rowType  the record a row is read into and checked as (its name also tells uploads of
     *                 different lists apart under one key)
     * @param toDomain what the store takes from a row (rows Bean Validation refused are passed as null)
     * @param store    checks every row (throwing a 422 listing them) and stores all; answers how many
     */
    @Transactional
    public <R, D> Response store(String body, String contentType, String idempotencyKey, Class<R> rowType,
                                 Function<R, D> toDomain, BiFunction<List<D>, List<RowError>, Integer> store) {
        List<R> rows = bulkRows.read(contentType, body, rowType, MAX_ROWS);
        List<RowError> invalid = bulkRows.validate(rows);
        return idempotencyKeys.once(idempotencyKey, rowType.getSimpleName() + "|" + body, () -> {
            Set<Integer> invalidRows = invalid.stream().map(RowError::row).collect(Collectors.toSet());
            List<D> values = IntStream.range(0, rows.size())
                    .mapToObj(i -> invalidRows.contains(i + 1) ? null : toDomain.apply(rows.get(i)))
                    .toList();
            return Response.ok(new BulkReport(rows.size(), store.apply(values, invalid), List.of())).build();
        });
    }
}
