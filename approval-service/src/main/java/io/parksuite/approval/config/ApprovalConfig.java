package io.parksuite.approval.config;

import io.parksuite.approval.domain.MaterialStorage;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The desk's policies as configuration: the bundle a signed project gets, material file limits,
 * reminder windows and follow-up periods. A bundle's promised limit (Hunan's 3545) is part of the
 * bundle's definition, not configuration.
 */
@ConfigMapping(prefix = "parksuite.approval")
public interface ApprovalConfig {

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

    /** Limits on uploaded material files and where their bytes are kept. */
    interface Materials {
        /** The largest material file, in bytes. */
        @WithDefault("10485760")
        long maxBytes();

        /** The most material files one application holds (补正 and 容缺 uploads included). */
        @WithDefault("50")
        int maxFilesPerApplication();

        /** The most bytes one application's material files take together. */
        @WithDefault("104857600")
        long maxBytesPerApplication();

        @WithDefault("application/pdf,image/jpeg,image/png")
        List<String> allowedTypes();

        /** Where new material files are written; files already stored stay readable where they are. */
        @WithDefault("database")
        MaterialStorage store();

        S3 s3();
    }

    /** The S3-compatible bucket for material files ({@code store=s3}). */
    interface S3 {
        /** The service endpoint, e.g. {@code https://s3.example.gov.cn}; the SDK's regional default when absent. */
        Optional<URI> endpoint();

        Optional<String> bucket();

        @WithDefault("us-east-1")
        String region();

        /** Static credentials; when absent the SDK's default chain (environment, profile, instance role) applies. */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /** Path-style URLs ({@code endpoint/bucket/key}), which most self-hosted S3-compatible stores need. */
        @WithDefault("true")
        boolean pathStyleAccess();

        /** Prefix of every object key this service writes. */
        @WithDefault("materials/")
        String keyPrefix();
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
