package io.parksuite.approval.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a material file was uploaded. */
@Schema(description = "Why a material was uploaded: with the application, for a 补正, or for a 容缺 material")
public enum MaterialPurpose {
    INITIAL,
    SUPPLEMENT,
    DEFICIENCY
}
