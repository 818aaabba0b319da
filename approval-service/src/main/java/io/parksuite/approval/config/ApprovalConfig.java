package io.parksuite.approval.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Map;

/**
 * The desk's policies as configuration: each bundle's SLA target in working days (Hunan's 3545),
 * the bundle a signed project gets, material file limits, reminder windows and follow-up periods.
 */
@ConfigMapping(prefix = "parksuite.approval")
public interface ApprovalConfig {

    /** Promised working days per bundle code; a bundle without an entry promises its slowest item's limit. */
    Map<String, Integer> bundleSla();

    /** The bundle a project reaching 签约 gets as a pre-filled draft (工业项目开工一件事). */
    @WithDefault("industrial-construction")
    String projectSignedBundle();

    Materials materials();

    Reminders reminders();

    /** Working days for a 告知承诺 post-check after approval. */
    @WithDefault("40")
    int postCheckWorkingDays();

    /** Working days for a 先建后验 verification after approval. */
    @WithDefault("60")
    int verificationWorkingDays();

    /** Working days for a rectification after a bad rating. */
    @WithDefault("15")
    int rectificationWorkingDays();

    /** Limits on uploaded material files. */
    interface Materials {
        @WithDefault("10485760")
        long maxBytes();

        @WithDefault("application/pdf,image/jpeg,image/png")
        List<String> allowedTypes();
    }

    /** The reminder scan. */
    interface Reminders {
        /** Remind this many working days before a due date. */
        @WithDefault("2")
        int windowWorkingDays();

        @WithDefault("true")
        boolean scheduled();

        /** How often the scheduled scan runs. */
        @WithDefault("10m")
        String every();
    }
}
