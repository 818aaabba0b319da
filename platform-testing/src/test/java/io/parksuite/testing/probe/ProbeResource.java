package io.parksuite.testing.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Map;

/** Requests whose database work fails the way an outage makes it fail. */
@Path("/probe")
@PermitAll
public class ProbeResource {

    private final EntityManager entityManager;

    public ProbeResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The request's own database session is terminated by the server (SQLState 57P01) mid-request. */
    @POST
    @Path("/terminated")
    @Transactional
    public void terminated() {
        entityManager.createNativeQuery("select pg_terminate_backend(pg_backend_pid())").getSingleResult();
    }

    /** Echoes a JSON object. */
    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> echo(Map<String, Object> body) {
        return body;
    }

    /** Counts the characters of a text body. */
    @POST
    @Path("/text")
    @Consumes(MediaType.TEXT_PLAIN)
    public int text(String body) {
        return body.length();
    }

    /** Names the uploaded file. */
    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public String upload(@RestForm("file") FileUpload file) {
        return file == null ? "none" : file.fileName();
    }

    /** A request whose database work succeeds. */
    @POST
    @Path("/healthy")
    @Transactional
    public long healthy() {
        return ((Number) entityManager.createNativeQuery("select count(*) from probe_applied").getSingleResult()).longValue();
    }
}
