package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A material file (申请材料) an applicant handed in, with its SHA-256 checksum; its bytes are in {@code content}
 * or, for {@link MaterialStorage#S3}, in the object named by {@code objectKey}.
 */
@Entity
@Table(name = "application_material")
public class StoredMaterial extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "material_code", nullable = false, length = 40)
    public String materialCode;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    /** INITIAL, SUPPLEMENT (补正) or DEFICIENCY (容缺补齐). */
    @Column(nullable = false, length = 16)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MaterialStorage storage = MaterialStorage.DATABASE;

    @Column(name = "object_key", length = 300)
    public String objectKey;

    /** The bytes, when {@link #storage} is {@link MaterialStorage#DATABASE}. */
    @Basic(fetch = FetchType.LAZY)
    @Column
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 128)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;
}
