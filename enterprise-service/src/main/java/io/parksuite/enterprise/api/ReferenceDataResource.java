package io.parksuite.enterprise.api;

import io.parksuite.enterprise.service.ReferenceData;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The registry's code lists: {@code /api/v1/registry/…}. */
@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reference data", description = "Code lists the registry validates against; any authenticated caller reads them")
public class ReferenceDataResource {

    private final ReferenceData referenceData;

    public ReferenceDataResource(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    @Path("/streets")
    @Operation(operationId = "listStreets", summary = "The park's streets (街道)",
            description = "The codes an enterprise's streetCode and the search's street filter take.")
    public List<ReferenceData.Code> streets() {
        return referenceData.streets();
    }

    @GET
    @Path("/chains")
    @Operation(operationId = "listIndustryChains", summary = "Industry chains (产业链): leading and emerging",
            description = "The codes chain memberships and the search's chain filter take.")
    public List<ReferenceData.Chain> chains() {
        return referenceData.chains();
    }

    @GET
    @Path("/designation-types")
    @Operation(operationId = "listDesignationTypes", summary = "Designations an enterprise can hold, with their criteria",
            description = "The codes designations and the search's designation filter take (规上, 高新, …).")
    public List<ReferenceData.DesignationType> designationTypes() {
        return referenceData.designationTypes();
    }

    @GET
    @Path("/platform-types")
    @Operation(operationId = "listPlatformTypes",
            summary = "Kinds of innovation platform (创新平台): labs, technology centres, incubators, workstations",
            description = "The codes an innovation platform's type and the search's platformType filter take.")
    public List<ReferenceData.Code> platformTypes() {
        return referenceData.platformTypes();
    }

    @GET
    @Path("/industry-classes")
    @Operation(operationId = "listIndustryClasses", summary = "GB/T 4754-2017 industry sections (门类) and divisions (大类)",
            description = "Sections first, then divisions; an enterprise's industryCode starts with a division's code.")
    public List<ReferenceData.IndustryClass> industryClasses() {
        return referenceData.industryClasses();
    }
}
