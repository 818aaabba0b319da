package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.LatestValuation;
import io.parksuite.enterprise.domain.ValuationCurrency;
import io.parksuite.platform.security.Caller;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Request and response records of an enterprise's valuations (估值), the evidence of the 独角兽 assessment. */
public final class ValuationDtos {

    private ValuationDtos() {
    }

    @Schema(name = "ValuationRequest", description = "A dated, sourced valuation of an enterprise (估值)", example = """
            {"amount": 1200000000, "currency": "USD", "valuedOn": "2019-10-21", "source": "2019年胡润全球独角兽榜"}""")
    public record Request(@NotNull @Positive @Digits(integer = 20, fraction = 2)
                         @Schema(description = "The valuation in the currency, more than 0, at most 2 decimals",
                                 example = "1200000000") BigDecimal amount,
                         @NotNull @Schema(description = "USD or CNY", example = "USD") ValuationCurrency currency,
                         @NotNull @Schema(description = "The date the valuation refers to, not in the future",
                                 example = "2019-10-21") LocalDate valuedOn,
                         @NotBlank @Size(min = 1, max = 200)
                         @Schema(description = "Where it was published: a ranking or a financing round",
                                 example = "2019年胡润全球独角兽榜", minLength = 1, maxLength = 200) String source) {
        io.parksuite.enterprise.domain.Valuation toEntity() {
            var valuation = new io.parksuite.enterprise.domain.Valuation();
            valuation.amount = amount;
            valuation.currency = currency;
            valuation.valuedOn = valuedOn;
            valuation.source = source;
            return valuation;
        }
    }

    @Schema(name = "Valuation", description = "A valuation recorded in the registry (估值)", example = """
            {"id": 7, "amount": 1200000000.00, "currency": "USD", "valuedOn": "2019-10-21",
             "source": "2019年胡润全球独角兽榜", "recordedBy": "gov-statistics", "recordedAt": "2026-12-04T08:00:00Z"}""")
    public record Valuation(@Schema(required = true, description = "The valuation's id", example = "7") long id,
                            @Schema(required = true, description = "The valuation in the currency",
                                    example = "1200000000.00") BigDecimal amount,
                            @Schema(required = true, description = "USD or CNY", example = "USD") ValuationCurrency currency,
                            @Schema(required = true, description = "The date the valuation refers to",
                                    example = "2019-10-21") LocalDate valuedOn,
                            @Schema(required = true, description = "Where it was published",
                                    example = "2019年胡润全球独角兽榜") String source,
                            @Schema(description = "The login that recorded it; null for an enterprise user",
                                    example = "gov-statistics", nullable = true) String recordedBy,
                            @Schema(required = true, description = "When it was recorded",
                                    example = "2026-12-04T08:00:00Z") OffsetDateTime recordedAt) {
        static Valuation of(io.parksuite.enterprise.domain.Valuation v) {
            return new Valuation(v.id, v.amount, v.currency, v.valuedOn, v.source, v.recordedBy, v.recordedAt);
        }

        /** The valuation as {@code caller} may see it: an enterprise user is not shown the staff's logins. */
        Valuation seenBy(Caller caller) {
            return caller.isEnterpriseUser()
                    ? new Valuation(id, amount, currency, valuedOn, source, null, recordedAt) : this;
        }
    }

    @Schema(name = "LatestValuation", description = "An enterprise's latest valuation (最新估值): by the date it refers "
            + "to, then by when it was recorded", example = """
            {"amount": 1200000000.00, "currency": "USD", "valuedOn": "2019-10-21", "source": "2019年胡润全球独角兽榜"}""")
    public record Latest(@Schema(required = true, description = "The valuation in the currency",
                                 example = "1200000000.00") BigDecimal amount,
                         @Schema(required = true, description = "USD or CNY", example = "USD") ValuationCurrency currency,
                         @Schema(required = true, description = "The date the valuation refers to",
                                 example = "2019-10-21") LocalDate valuedOn,
                         @Schema(required = true, description = "Where it was published",
                                 example = "2019年胡润全球独角兽榜") String source) {
        static Latest of(LatestValuation v) {
            return v == null || v.amount == null ? null : new Latest(v.amount, v.currency, v.valuedOn, v.source);
        }
    }
}
