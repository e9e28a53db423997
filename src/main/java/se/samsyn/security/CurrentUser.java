package se.samsyn.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
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
 * #{currentUser.has('admin')}}. Browser users are read from their OpenID Connect identity token,
 * API callers from the bearer token the request was authenticated with.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private HttpServletRequest request;
  @Inject private SecurityContext securityContext;
  @Inject private OpenIdContext openIdContext;
  @Inject private OrganisationService organisationService;
  @Inject private ClientAddress clientAddress;

  private AuthenticatedUser user;

  public Optional<AuthenticatedUser> get() {
    if (user == null && securityContext.getCallerPrincipal() != null) {
      Object fromBearerToken = request.getAttribute(AuthenticatedUser.class.getName());
      user =
          fromBearerToken instanceof AuthenticatedUser bearerUser
              ? bearerUser
              : fromIdentityToken(openIdContext.getIdentityToken().getJwtClaims());
    }
    return Optional.ofNullable(user);
  }

  private static AuthenticatedUser fromIdentityToken(JwtClaims claims) {
    return AuthenticatedUser.fromClaims(
        claims.getSubject().orElseThrow(),
        claims.getStringClaim("preferred_username").orElseThrow(),
        claims.getStringClaim("name").orElse(null),
        claims.getStringClaim("email").orElse(null),
        claims.getStringClaim("agency").orElse(null),
        claims.getArrayStringClaim("groups"));
  }

  /** The user as the access log records them: who, which authority, from where. */
  public Actor actor() {
    AuthenticatedUser user = get().orElseThrow(() -> new IllegalStateException("Not logged in"));
    HttpSession session = request.getSession(false);
    return new Actor(
        user.subject(),
        user.username(),
        user.agency().map(Object::toString).orElse(null),
        organisationService.unitOf(user.subject()).map(Unit::getName).orElse(null),
        String.join(",", user.roleNames().stream().sorted().toList()),
        clientAddress.of(request),
        session == null ? null : session.getId());
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
