package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.CultivationHistory;
import io.parksuite.enterprise.domain.EntryOrigin;
import io.parksuite.enterprise.domain.GrowthAssessment;
import io.parksuite.enterprise.domain.PoolChange;
import io.parksuite.enterprise.domain.PoolStatus;
import io.parksuite.enterprise.domain.Programme;
import io.parksuite.enterprise.domain.Shortfall;
import io.parksuite.enterprise.domain.Standing;
import io.parksuite.enterprise.service.CultivationPool;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response records of the park's cultivation pool (培育库) for 瞪羚 and 独角兽 enterprises. */
public final class CultivationDtos {

    private static final String PROGRAMME = "GAZELLE (瞪羚企业) or UNICORN (独角兽企业)";
    private static final String STATUS = "CANDIDATE (候选), CULTIVATING (培育中), RECOGNISED (认定) or EXITED (退库)";

    private CultivationDtos() {
    }

    @Schema(name = "CultivationEntryNew", description = "An enterprise the park adds to its cultivation pool by hand",
            example = """
            {"uscc": "91430112MA4L0A0B1X", "programme": "GAZELLE", "since": "2019-09-01", "officerId": 1,
             "reason": "园区推荐，拟申报2020年瞪羚企业"}""")
    public record Add(@NotBlank @Pattern(regexp = Schemas.USCC_PATTERN, message = "must be 18 characters of the GB 32100 alphabet")
                      @Schema(description = Schemas.USCC, pattern = Schemas.USCC_PATTERN, example = Schemas.USCC_EXAMPLE)
                      String uscc,
                      @NotNull @Schema(description = PROGRAMME, example = "GAZELLE") Programme programme,
                      @Schema(description = "The day it entered the pool, not in the future; today when absent",
                              example = "2019-09-01") LocalDate since,
                      @Schema(description = "The liaison officer looking after its cultivation", example = "1")
                      Long officerId,
                      @Size(max = 500) @Schema(description = "Why it is added", example = "园区推荐，拟申报2020年瞪羚企业")
                      String reason) {
    }

    @Schema(name = "CultivationStatusChange", description = "A move of a pool entry to another status", example = """
            {"status": "EXITED", "reason": "企业迁出园区"}""")
    public record StatusChange(@NotNull @Schema(description = STATUS, example = "CULTIVATING") PoolStatus status,
                               @Size(max = 500) @Schema(description = "Why; required to exit (EXITED)",
                                       example = "企业迁出园区") String reason) {
    }

    @Schema(name = "CultivationOfficerAssignment", description = "The liaison officer who looks after an entry's "
            + "cultivation; null officerId removes the officer", example = """
            {"officerId": 1, "reason": "按产业链分工调整联点干部"}""")
    public record AssignOfficer(@Schema(description = "The liaison officer's id; null for none", example = "1",
                                        nullable = true) Long officerId,
                                @Size(max = 500) @Schema(description = "Why", example = "按产业链分工调整联点干部")
                                String reason) {
    }

    @Schema(name = "CultivationShortfall", description = "A criterion not met, with the required and the actual value",
            example = """
            {"criterion": "GROWTH", "required": "≥ 20%", "actual": "17.4%"}""")
    public record ShortfallView(@Schema(required = true, description = "AGE, REVENUE_FLOOR, GROWTH, RD_INTENSITY, "
                                        + "SECTOR, VALUATION or DATA (a figure is missing)", example = "GROWTH") String criterion,
                                @Schema(required = true, description = "The threshold", example = "≥ 20%") String required,
                                @Schema(description = "The enterprise's value; null when it is missing", example = "17.4%",
                                        nullable = true) String actual) {
        static ShortfallView of(Shortfall s) {
            return new ShortfallView(s.criterion(), s.required(), s.actual());
        }
    }

    @Schema(name = "CultivationStanding", description = "indicator-service's latest assessment of the enterprise "
            + "against the programme's criteria", example = """
            {"standing": "NEAR", "assessedYear": 2019, "province": "HUNAN", "criteriaVersion": "2019-1",
             "assessedAt": "2020-03-01T02:00:00Z",
             "shortfalls": [{"criterion": "GROWTH", "required": "≥ 20%", "actual": "17.4%"}]}""")
    public record StandingView(@Schema(required = true, description = "MEETS (达标), NEAR (接近: within the margin) or "
                                       + "NONE (no longer either)", example = "NEAR") Standing standing,
                               @Schema(required = true, description = "The last complete year of figures assessed",
                                       example = "2019") int assessedYear,
                               @Schema(required = true, description = "Whose criteria", example = "HUNAN") String province,
                               @Schema(required = true, description = "The criteria's version", example = "2019-1")
                               String criteriaVersion,
                               @Schema(required = true, description = "When the assessment ran",
                                       example = "2020-03-01T02:00:00Z") OffsetDateTime assessedAt,
                               @Schema(required = true, description = "The criteria not met; empty when it meets them all")
                               List<ShortfallView> shortfalls) {
        static StandingView of(GrowthAssessment a, List<Shortfall> shortfalls) {
            return a == null ? null : new StandingView(a.standing, a.assessedYear, a.province, a.criteriaVersion,
                    a.assessedAt, shortfalls.stream().map(ShortfallView::of).toList());
        }
    }

    @Schema(name = "CultivationEntry", description = "An enterprise in the park's cultivation pool (培育库) for a "
            + "growth programme", example = """
            {"id": 3, "uscc": "91430112MA4L0A0B1X", "name": "湖南望城示例科技有限公司", "programme": "GAZELLE",
             "since": "2020-03-01", "officerId": 1, "status": "CULTIVATING", "origin": "ASSESSMENT",
             "standing": {"standing": "NEAR", "assessedYear": 2019, "province": "HUNAN", "criteriaVersion": "2019-1",
                          "assessedAt": "2020-03-01T02:00:00Z",
                          "shortfalls": [{"criterion": "GROWTH", "required": "≥ 20%", "actual": "17.4%"}]},
             "statusChangedAt": "2020-03-10T01:00:00Z", "createdAt": "2020-03-01T02:00:05Z",
             "updatedAt": "2020-03-10T01:00:00Z", "version": 2}""")
    public record Entry(@Schema(required = true, description = "The entry's id", example = "3") long id,
                        @Schema(required = true, description = Schemas.USCC, example = Schemas.USCC_EXAMPLE) String uscc,
                        @Schema(required = true, description = "The enterprise's registered name",
                                example = "湖南望城示例科技有限公司") String name,
                        @Schema(required = true, description = PROGRAMME, example = "GAZELLE") Programme programme,
                        @Schema(required = true, description = "The day it entered the pool", example = "2020-03-01")
                        LocalDate since,
                        @Schema(description = "The liaison officer looking after its cultivation; null while none",
                                example = "1", nullable = true) Long officerId,
                        @Schema(required = true, description = STATUS, example = "CULTIVATING") PoolStatus status,
                        @Schema(required = true, description = "ASSESSMENT (flagged by indicator-service) or MANUAL "
                                + "(added by hand)", example = "ASSESSMENT") EntryOrigin origin,
                        @Schema(description = "The latest assessment; null while indicator-service has assessed none",
                                nullable = true) StandingView standing,
                        @Schema(required = true, description = "When the status last changed",
                                example = "2020-03-10T01:00:00Z") OffsetDateTime statusChangedAt,
                        @Schema(required = true, description = "When it entered the pool",
                                example = "2020-03-01T02:00:05Z") OffsetDateTime createdAt,
                        @Schema(required = true, description = "When it last changed",
                                example = "2020-03-10T01:00:00Z") OffsetDateTime updatedAt,
                        @Schema(required = true, description = "The entry's version, counting its changes", example = "2")
                        long version) {
        static Entry of(CultivationPool.Listed listed) {
            var e = listed.entry();
            return new Entry(e.id, e.uscc, listed.enterpriseName(), e.programme, e.since, e.officerId, e.status,
                    e.origin, StandingView.of(listed.assessment(), listed.shortfalls()), e.statusChangedAt, e.createdAt, e.updatedAt,
                    e.version);
        }
    }

    @Schema(name = "CultivationChange", description = "One change of a pool entry: what, from what to what, who, "
            + "when and why", example = """
            {"id": 12, "change": "STATUS_CHANGED", "fromValue": "CANDIDATE", "toValue": "CULTIVATING",
             "actor": "wangqiang", "at": "2020-03-10T01:00:00Z", "reason": "纳入2020年培育计划"}""")
    public record Change(@Schema(required = true, description = "The row's id", example = "12") long id,
                         @Schema(required = true, description = "ADDED, STATUS_CHANGED, OFFICER_ASSIGNED (the value is "
                                 + "the officer's id) or STANDING_RECORDED (the value is standing and assessed year)",
                                 example = "STATUS_CHANGED") PoolChange change,
                         @Schema(description = "The value before; null for none", example = "CANDIDATE", nullable = true)
                         String fromValue,
                         @Schema(description = "The value after; null for none", example = "CULTIVATING", nullable = true)
                         String toValue,
                         @Schema(required = true, description = "The login that made it, or indicator-service for an "
                                 + "assessment", example = "wangqiang") String actor,
                         @Schema(required = true, description = "When", example = "2020-03-10T01:00:00Z") OffsetDateTime at,
                         @Schema(description = "Why; for an assessment, its criteria or shortfalls", example = "纳入2020年培育计划",
                                 nullable = true) String reason) {
        static Change of(CultivationHistory h) {
            return new Change(h.id, h.change, h.fromValue, h.toValue, h.actor, h.at, h.reason);
        }
    }
}
