package io.parksuite.approval.service;

import io.parksuite.approval.config.ApprovalConfig;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.MaterialSpec;
import io.parksuite.approval.domain.MaterialStorage;
import io.parksuite.approval.domain.StoredMaterial;
import io.parksuite.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Material files (申请材料) kept by the desk: only types on the allow-list and whose first bytes match
 * the declared type, no larger than the limit, each with its SHA-256 checksum, verified again on every
 * read; what may be uploaded depends on the application's stage (initial, 补正, 容缺补齐). The bytes go to
 * the configured {@link MaterialStore} (PostgreSQL by default, an S3-compatible bucket by configuration)
 * and are read back from the store each material was written to.
 */
@ApplicationScoped
public class Materials {

    private final ApprovalConfig config;
    private final Applications applications;
    private final Map<MaterialStorage, MaterialStore> stores = new EnumMap<>(MaterialStorage.class);

    public Materials(ApprovalConfig config, Applications applications, Instance<MaterialStore> stores) {
        this.config = config;
        this.applications = applications;
        stores.forEach(store -> this.stores.put(store.kind(), store));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredMaterial store(Application a, String materialCode, String fileName, String contentType, byte[] content,
                                String actor) {
        MaterialSpec spec = materialCode == null ? null : applications.formOf(a).material(materialCode);
        if (spec == null) {
            throw ProblemException.invalidField("code", "not a material of this application: " + materialCode);
        }
        String purpose = purpose(a, materialCode);
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
        if (!config.materials().allowedTypes().contains(type)) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported material type",
                    "Material files must be one of " + config.materials().allowedTypes() + "; got '" + type + "'",
                    List.of(new io.parksuite.platform.problem.Problem.FieldError("Content-Type", "not allowed: " + type)));
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField("body", "the file is empty");
        }
        if (content.length > config.materials().maxBytes()) {
            throw new ProblemException(413, "payload-too-large", "Material file too large",
                    "Material files may be at most " + config.materials().maxBytes() + " bytes; this one has " + content.length,
                    List.of(new io.parksuite.platform.problem.Problem.FieldError("body", "larger than "
                            + config.materials().maxBytes() + " bytes")));
        }
        if (!matchesType(type, content)) {
            throw new ProblemException(415, "unsupported-media-type", "Material content does not match its type",
                    "The file's content is not a " + type + " document",
                    List.of(new io.parksuite.platform.problem.Problem.FieldError("body", "content is not " + type)));
        }
        StoredMaterial material = new StoredMaterial();
        material.id = UUID.randomUUID();
        material.applicationId = a.id;
        material.materialCode = materialCode;
        material.fileName = fileName == null || fileName.isBlank() ? materialCode : fileName.strip();
        if (material.fileName.length() > 200) {
            throw ProblemException.invalidField("fileName", "at most 200 characters");
        }
        material.contentType = type;
        material.sizeBytes = content.length;
        material.sha256 = sha256(content);
        material.purpose = purpose;
        material.uploadedBy = actor;
        material.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        stores.get(config.materials().store()).write(material, content);
        material.persist();
        return material;
    }

    /** The material's bytes from the store they were written to, refused when they no longer match the checksum. */
    public byte[] content(StoredMaterial material) {
        byte[] content = stores.get(material.storage).read(material);
        if (content == null || !sha256(content).equals(material.sha256)) {
            throw new ProblemException(502, "material-checksum-mismatch", "Material content damaged",
                    "The stored content of material " + material.id + " no longer matches its SHA-256 " + material.sha256,
                    List.of());
        }
        return content;
    }

    public List<StoredMaterial> of(UUID applicationId) {
        return StoredMaterial.list("applicationId", Sort.by("uploadedAt"), applicationId);
    }

    public StoredMaterial find(Application a, UUID materialId) {
        StoredMaterial material = StoredMaterial.findById(materialId);
        if (material == null || !material.applicationId.equals(a.id)) {
            throw ProblemException.notFound("No material " + materialId + " in application " + a.referenceNumber);
        }
        return material;
    }

    private static String purpose(Application a, String code) {
        if (a.status == ApplicationStatus.DRAFT || a.status == ApplicationStatus.SUBMITTED) {
            return "INITIAL";
        }
        if (a.status == ApplicationStatus.SUPPLEMENT_REQUESTED) {
            return "SUPPLEMENT";
        }
        if ((a.status == ApplicationStatus.IN_REVIEW || a.status == ApplicationStatus.SPECIAL_PROCEDURE)
                && a.hasOpenDeficiency() && a.deficiency.missingMaterialCodes().contains(code)) {
            return "DEFICIENCY";
        }
        throw ProblemException.conflict("Material " + code + " cannot be added while the application is " + a.status
                + (a.hasOpenDeficiency() ? "; missing 容缺 materials: " + a.deficiency.missingMaterialCodes() : ""));
    }

    static boolean matchesType(String type, byte[] content) {
        return switch (type) {
            case "application/pdf" -> startsWith(content, new byte[]{'%', 'P', 'D', 'F'});
            case "image/png" -> startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            default -> true;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
