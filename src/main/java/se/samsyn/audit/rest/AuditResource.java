package se.samsyn.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.util.List;
import se.samsyn.audit.AuditService;
import se.samsyn.audit.InvalidPeriodException;
import se.samsyn.audit.LoggedAccess;
import se.samsyn.audit.VerificationResult;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/**
 * The access log for auditors: search, CSV export, verification, signed checkpoints. An auditor
 * whose login names no authority gets empty lists and 403 for the log as a whole.
 */
@Path("audit")
@RolesAllowed("auditor")
public class AuditResource {

  private static final int MAX_PAGE_SIZE = 500;

  @Inject private AuditService auditService;
  @Inject private CurrentUser currentUser;

  @GET
  @Path("entries")
  @Produces(MediaType.APPLICATION_JSON)
  public List<LoggedAccess> entries(
      @BeanParam AccessLogQuery query,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("pageSize") @DefaultValue("100") int pageSize) {
    return auditService.search(
        currentUser.actor(),
        query.filter(),
        Math.max(0, first),
        Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize)));
  }

  @GET
  @Path("entries.csv")
  @Produces("text/csv")
  public Response csv(@BeanParam AccessLogQuery query) {
    StreamingOutput body =
        output -> auditService.export(currentUser.actor(), query.filter(), output);
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"access-log.csv\"")
        .build();
  }

  @GET
  @Path("verification")
  @Produces(MediaType.APPLICATION_JSON)
  public VerificationResult verification(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    Instant start = AccessLogQuery.instant(from, "from");
    Instant end = AccessLogQuery.instant(to, "to");
    if (start == null && end == null) {
      return auditService.verify(currentUser.actor());
    }
    if (start == null || end == null) {
      throw new InvalidPeriodException("audit.period.incomplete")
          .about(start == null ? "from" : "to");
    }
    if (!start.isBefore(end)) {
      throw new InvalidPeriodException("audit.period.reversed").about("to");
    }
    return auditService.verify(currentUser.actor(), start, end);
  }

  @GET
  @Path("checkpoint")
  @Produces(MediaType.APPLICATION_JSON)
  public Response checkpoint() {
    return auditService
        .exportLatestCheckpoint(currentUser.actor())
        .map(json -> Response.ok(json).build())
        .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "Nothing is sealed yet"));
  }

  /** Checks the log against a checkpoint exported earlier. */
  @POST
  @Path("checkpoint/verification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public VerificationResult verifyAgainst(String exportedCheckpoint) {
    return auditService.verifyAgainst(currentUser.actor(), exportedCheckpoint);
  }
}
