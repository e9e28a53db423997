package se.samsyn.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import se.samsyn.audit.Actor;
import se.samsyn.organisation.Agency;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.Unit;

/**
 * The logged-in user for pages and resources: {@code #{currentUser.name}}, {@code
 * #{currentUser.has('admin')}}, as the access token of the request's login (a browser's) or the
 * bearer token (an API caller's) describes them.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private HttpServletRequest request;
  @Inject private SecurityContext securityContext;
  @Inject private OrganisationService organisationService;
  @Inject private ClientAddress clientAddress;

  /**
   * The request attribute with the name of the user's unit, or an empty string for none: set by the
   * authentication mechanism from the staff member it has just read, so that the request does not
   * read it again, and by {@link #actor()} the first time it is needed.
   */
  static final String UNIT_ATTRIBUTE = CurrentUser.class.getName() + ".unit";

  /** Set by the authentication mechanism from the bearer token or the browser's login. */
  private AuthenticatedUser user;

  public Optional<AuthenticatedUser> get() {
    if (user == null && securityContext.getCallerPrincipal() != null) {
      Object authenticated = request.getAttribute(AuthenticatedUser.class.getName());
      if (authenticated instanceof AuthenticatedUser known) {
        user = known;
      }
    }
    return Optional.ofNullable(user);
  }

  /** The user as the access log records them: who, which authority, from where. */
  public Actor actor() {
    AuthenticatedUser user = get().orElseThrow(() -> new IllegalStateException("Not logged in"));
    HttpSession session = request.getSession(false);
    return new Actor(
        user.subject(),
        user.username(),
        user.agency().map(Object::toString).orElse(null),
        unitName(user),
        String.join(",", user.roleNames().stream().sorted().toList()),
        clientAddress.of(request),
        session == null ? null : session.getId());
  }

  private String unitName(AuthenticatedUser user) {
    String unit;
    if (request.getAttribute(UNIT_ATTRIBUTE) instanceof String known) {
      unit = known;
    } else {
      unit = organisationService.unitOf(user.subject()).map(Unit::getName).orElse("");
      request.setAttribute(UNIT_ATTRIBUTE, unit);
    }
    return unit.isEmpty() ? null : unit;
  }

  public String getName() {
    return get().map(AuthenticatedUser::name).orElse("");
  }

  public String getAgencyCode() {
    return get().flatMap(AuthenticatedUser::agency).map(Object::toString).orElse("");
  }

  /** The authority's name as registered in the organisation, or its code if not registered. */
  public String getAgencyName() {
    return get()
        .flatMap(AuthenticatedUser::agency)
        .map(code -> organisationService.agency(code).map(Agency::getName).orElse(code.value()))
        .orElse("");
  }

  public List<Role> getRoles() {
    return get().map(u -> u.roles().stream().sorted().toList()).orElse(List.of());
  }

  public boolean has(String roleName) {
    return securityContext.isCallerInRole(roleName);
  }
}
