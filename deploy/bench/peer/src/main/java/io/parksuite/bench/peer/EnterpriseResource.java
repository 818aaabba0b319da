package io.parksuite.bench.peer;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;

/**
 * GET by id and POST of one row, the way a first Quarkus REST + Panache service writes them: the
 * figures deploy/suite bench sets the suite's beside.
 */
@Path("/enterprises")
public class EnterpriseResource {

    @GET
    @Path("/{uscc}")
    public Enterprise get(@PathParam("uscc") String uscc) {
        Enterprise enterprise = Enterprise.findById(uscc);
        if (enterprise == null) {
            throw new NotFoundException();
        }
        return enterprise;
    }

    @POST
    @Transactional
    public Response create(Enterprise enterprise) {
        OffsetDateTime now = OffsetDateTime.now();
        enterprise.status = "ACTIVE";
        enterprise.registeredAt = now;
        enterprise.updatedAt = now;
        enterprise.persist();
        return Response.status(Response.Status.CREATED).entity(enterprise).build();
    }
}
