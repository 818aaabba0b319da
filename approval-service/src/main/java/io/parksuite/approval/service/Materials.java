package io.parksuite.approval.service;

import io.parksuite.approval.config.ApprovalConfig;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.MaterialSpec;
import io.parksuite.approval.domain.MaterialStorage;
import io.parksuite.approval.domain.StoredMaterial;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Material files (申请材料) kept by the desk: only types on the allow-list and whose first bytes match
 * the declared type (a file sent as generic bytes is typed by them), no larger than the limit, each with its SHA-256 checksum, verified again on every
 * read; an application holds a limited number of files and bytes; what may be uploaded depends on the
 * application's stage (initial, 补正, 容缺补齐). An upload arrives as a file on disk and is streamed to
 * the configured {@link MaterialStore} (PostgreSQL by default, an S3-compatible bucket by configuration),
 * so its size never weighs on the heap; each material is read back from the store it was written to.
 */
@ApplicationScoped
public class Materials {

    private static final Logger LOG = Logger.getLogger(Materials.class);
    /** Types that say nothing of the file (what generated clients send for a part): its content decides. */
    private static final Set<String> GENERIC_TYPES = Set.of("", "application/octet-stream");

    private final ApprovalConfig config;
    private final Applications applications;
    private final Access access;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Map<MaterialStorage, MaterialStore> stores = new EnumMap<>(MaterialStorage.class);

    public Materials(ApprovalConfig config, Applications applications, Access access, EntityManager entityManager,
                     Clock clock, Instance<MaterialStore> stores) {
        this.config = config;
        this.applications = applications;
        this.access = access;
        this.entityManager = entityManager;
        this.clock = clock;
        stores.forEach(store -> this.stores.put(store.kind(), store));
    }

    /**
     * Keeps the uploaded {@code file} ({@code size} bytes, on disk) as material {@code materialCode} of
     * application {@code id}, whose row is held only now, not while the bytes arrived, so that the limits
     * per application count every upload.
     */
    @Transactional
    public StoredMaterial upload(UUID id, String materialCode, String fileName, String contentType, Path file,
                                 long size) {
        Application a = applications.lockForApplicant(id);
        return store(a, materialCode, fileName, contentType, file, size, access.actor());
    }

    private StoredMaterial store(Application a, String materialCode, String fileName, String contentType, Path file,
                                 long size, String actor) {
        MaterialSpec spec = materialCode == null ? null : applications.formOf(a).material(materialCode);
        if (spec == null) {
            throw ProblemException.invalidField("code", "not a material of this application: " + materialCode);
        }
        String purpose = purpose(a, materialCode);
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
        if (GENERIC_TYPES.contains(type)) {
            type = FileChecks.typeOf(file, config.materials().allowedTypes()).orElse(type);
        }
        if (!config.materials().allowedTypes().contains(type)) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported material type",
                    "Material files must be one of " + config.materials().allowedTypes() + "; got '" + type + "'",
                    List.of(new Problem.FieldError("Content-Type", "not allowed: " + type)));
        }
        if (size <= 0) {
            throw ProblemException.invalidField("body", "the file is empty");
        }
        if (size > config.materials().maxBytes()) {
            throw tooLarge(size);
        }
        String name = fileName == null || fileName.isBlank() ? materialCode : fileName.strip();
        if (name.length() > 200) {
            throw ProblemException.invalidField("fileName", "at most 200 characters");
        }
        requireRoom(a, size);
        if (!FileChecks.matchesType(type, file)) {
            throw new ProblemException(415, "unsupported-media-type", "Material content does not match its type",
                    "The file's content is not a " + type + " document",
                    List.of(new Problem.FieldError("body", "content is not " + type)));
        }
        StoredMaterial material = new StoredMaterial();
        material.id = UUID.randomUUID();
        material.applicationId = a.id;
        material.materialCode = materialCode;
        material.fileName = name;
        material.contentType = type;
        material.sizeBytes = size;
        material.sha256 = FileChecks.sha256(file);
        material.purpose = purpose;
        material.uploadedBy = actor;
        material.uploadedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        MaterialStore store = stores.get(config.materials().store());
        store.place(material);
        material.persist();
        material.flush();
        store.write(material, file);
        return material;
    }

    /** A request body on disk, with its size. */
    public record Received(Path file, long size) {
    }

    /**
     * Copies a request body to a temporary file, reading at most one byte more than a material may have:
     * a larger body is refused (413) without being read to its end or kept. The caller deletes the file.
     */
    public Received receive(InputStream body) {
        long limit = config.materials().maxBytes();
        Path file = null;
        try {
            file = Files.createTempFile("material-", ".upload");
            long copied;
            try (InputStream in = body == null ? InputStream.nullInputStream() : body;
                 OutputStream out = Files.newOutputStream(file)) {
                copied = in.transferTo(new BoundedOutputStream(out, limit + 1));
            }
            if (copied > limit) {
                throw tooLarge(-1);
            }
            return new Received(file, copied);
        } catch (BoundedOutputStream.LimitReached e) {
            delete(file);
            throw tooLarge(-1);
        } catch (IOException e) {
            delete(file);
            throw ProblemException.invalidField("body", "the file could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    public static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Temporary upload %s could not be deleted: %s", file, e.getMessage());
            }
        }
    }

    /** Refuses a file that would take the application past its number of files (422) or of bytes (413). */
    private void requireRoom(Application a, long size) {
        Object[] held = (Object[]) entityManager.createQuery(
                        "select count(m), coalesce(sum(m.sizeBytes), 0) from StoredMaterial m where m.applicationId = ?1")
                .setParameter(1, a.id).getSingleResult();
        long files = ((Number) held[0]).longValue();
        long bytes = ((Number) held[1]).longValue();
        int maxFiles = config.materials().maxFilesPerApplication();
        if (files + 1 > maxFiles) {
            throw new ProblemException(422, "too-many-materials", "Too many material files",
                    "An application holds at most " + maxFiles + " material files; " + a.referenceNumber + " has " + files,
                    List.of(new Problem.FieldError("file", "the application already holds " + files + " files")));
        }
        long maxBytes = config.materials().maxBytesPerApplication();
        if (bytes + size > maxBytes) {
            throw new ProblemException(413, "payload-too-large", "Material files too large together",
                    "An application's material files may take at most " + maxBytes + " bytes together; "
                            + a.referenceNumber + " holds " + bytes + " and this file has " + size,
                    List.of(new Problem.FieldError("body", "more than " + (maxBytes - bytes) + " bytes left")));
        }
    }

    /** A file over the size limit; {@code size} is -1 when the body was not read to its end. */
    private ProblemException tooLarge(long size) {
        return new ProblemException(413, "payload-too-large", "Material file too large",
                "Material files may be at most " + config.materials().maxBytes() + " bytes"
                        + (size < 0 ? "" : "; this one has " + size),
                List.of(new Problem.FieldError("body", "larger than " + config.materials().maxBytes() + " bytes")));
    }

    /** A material with its bytes. */
    public record Download(StoredMaterial material, byte[] content) {
    }

    /** A material of an application the caller may read, with its bytes from the store they were written to. */
    @Transactional
    public Download download(UUID applicationId, UUID materialId) {
        Application a = applications.find(applicationId);
        access.requireRead(a);
        StoredMaterial material = StoredMaterial.findById(materialId);
        if (material == null || !material.applicationId.equals(a.id)) {
            throw ProblemException.notFound("No material " + materialId + " in application " + a.referenceNumber);
        }
        return new Download(material, content(material));
    }

    /** The bytes, refused when they no longer match the checksum. */
    private byte[] content(StoredMaterial material) {
        byte[] content = stores.get(material.storage).read(material);
        if (content == null || !FileChecks.sha256(content).equals(material.sha256)) {
            throw new ProblemException(502, "material-checksum-mismatch", "Material content damaged",
                    "The stored content of material " + material.id + " no longer matches its SHA-256 " + material.sha256,
                    List.of());
        }
        return content;
    }

    /** The files of an application the caller may read, oldest first. */
    @Transactional
    public List<StoredMaterial> of(UUID applicationId) {
        Application a = applications.find(applicationId);
        access.requireRead(a);
        return StoredMaterial.list("applicationId", Sort.by("uploadedAt"), a.id);
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
}
