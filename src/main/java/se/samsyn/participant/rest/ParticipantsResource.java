package se.samsyn.participant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import se.samsyn.participant.ContactDetails;
import se.samsyn.participant.IdentityDetails;
import se.samsyn.participant.ParticipantRegistration;
import se.samsyn.participant.ParticipantService;
import se.samsyn.participant.ParticipantSort;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.platform.ConcurrentEditException;
import se.samsyn.platform.rest.EditedVersion;
import se.samsyn.platform.rest.Problem;
import se.samsyn.security.CurrentUser;

/**
 * Participants of the caller's authority. A participant the caller may not see is answered with
 * 404, never 403, so that the answer does not tell whether the person exists.
 */
@Path("participants")
@RolesAllowed({"case-worker", "coordinator"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

  private static final int MAX_PAGE_SIZE = 100;

  @Inject private ParticipantService participantService;
  @Inject private CurrentUser currentUser;
  @Context private UriInfo uriInfo;

  @POST
  public Response register(@Valid @NotNull ParticipantRegistrationDto registration) {
    PersonalIdentityNumber.Parsed parsed =
        RequestedNumber.parse(registration.personalIdentityNumber());
    RequestedNumber.requireValid(parsed);
    String reference =
        participantService.register(
            currentUser.actor(),
            new ParticipantRegistration(
                parsed.number().get(),
                new IdentityDetails(
                    registration.firstName(),
                    registration.lastName(),
                    registration.sex(),
                    registration.preferredLanguage(),
                    registration.interpreterNeeded(),
                    registration.protectedIdentity()),
                registration.contact() == null ? ContactDetails.none() : registration.contact(),
                registration.unitId() == null ? -1 : registration.unitId(),
                registration.startDate() == null
                    ? LocalDate.now(ZoneId.of("Europe/Stockholm"))
                    : registration.startDate()));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(reference).build())
        .entity(new ReferenceDto(reference))
        .build();
  }

  /** A search is a POST so that a personal identity number never appears in a URL or log. */
  @POST
  @Path("search")
  public List<ParticipantSummaryDto> search(@Valid @NotNull SearchDto search) {
    int first = Math.max(0, search.first() == null ? 0 : search.first());
    int size =
        Math.max(1, Math.min(MAX_PAGE_SIZE, search.pageSize() == null ? 20 : search.pageSize()));
    return participantService
        .search(currentUser.actor(), search.query(), ParticipantSort.NAME_ASCENDING, first, size)
        .stream()
        .map(ParticipantSummaryDto::of)
        .toList();
  }

  @GET
  @Path("{reference}")
  public Response participant(@PathParam("reference") String reference) {
    return participantService
        .read(currentUser.actor(), reference)
        .map(
            details ->
                Response.ok(ParticipantDto.of(details))
                    .tag(EditedVersion.tag(details.contactVersion()))
                    .build())
        .orElseGet(ParticipantsResource::notFound);
  }

  /**
   * Replaces the caller's authority's own contact details for the participant; {@code If-Match}
   * names the version edited, the ETag of the participant's GET ({@code contactVersion}).
   */
  @PUT
  @Path("{reference}/contact")
  public Response changeContact(
      @PathParam("reference") String reference,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ContactDetails contact) {
    long version = EditedVersion.fromIfMatch(ifMatch);
    try {
      boolean changed =
          participantService.changeContact(currentUser.actor(), reference, contact, version);
      return changed ? Response.noContent().build() : notFound();
    } catch (ConcurrentEditException e) {
      throw EditedVersion.stale();
    }
  }

  @POST
  @Path("{reference}/engagements")
  public Response openEngagement(
      @PathParam("reference") String reference, @Valid @NotNull EngagementRequestDto request) {
    boolean opened =
        participantService.openEngagement(
            currentUser.actor(),
            reference,
            request.unitId() == null ? -1 : request.unitId(),
            request.startDate() == null
                ? LocalDate.now(ZoneId.of("Europe/Stockholm"))
                : request.startDate());
    return opened ? Response.status(Response.Status.CREATED).build() : notFound();
  }

  @POST
  @Path("{reference}/engagements/{engagement}/closure")
  public Response closeEngagement(
      @PathParam("reference") String reference,
      @PathParam("engagement") long engagement,
      @Valid @NotNull ClosureDto closure) {
    boolean closed =
        participantService.closeEngagement(
            currentUser.actor(),
            reference,
            engagement,
            closure.endDate(),
            closure.reason(),
            closure.version());
    return closed ? Response.noContent().build() : notFound();
  }

  private static Response notFound() {
    return Problem.response(Response.Status.NOT_FOUND, "No such participant");
  }
}
