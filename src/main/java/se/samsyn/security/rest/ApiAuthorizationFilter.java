package se.samsyn.security.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import se.samsyn.platform.rest.Problem;

/**
 * Deny by default: a resource method is reachable only if it (or its class) says who may call it,
 * with {@link RolesAllowed} or {@link PermitAll}. Without a valid token the answer is 401, with a
 * token but without a role 403.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAuthorizationFilter implements ContainerRequestFilter {

  @Context private ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null) {
      return;
    }
    Class<?> resource = resourceInfo.getResourceClass();
    if (method.isAnnotationPresent(PermitAll.class)
        || (!method.isAnnotationPresent(RolesAllowed.class)
            && resource.isAnnotationPresent(PermitAll.class))) {
      return;
    }
    RolesAllowed allowed =
        method.isAnnotationPresent(RolesAllowed.class)
            ? method.getAnnotation(RolesAllowed.class)
            : resource.getAnnotation(RolesAllowed.class);
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(
          Response.fromResponse(
                  Problem.response(Response.Status.UNAUTHORIZED, "A bearer token is required"))
              .header("WWW-Authenticate", "Bearer")
              .build());
      return;
    }
    if (allowed == null || Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
      request.abortWith(
          Problem.response(Response.Status.FORBIDDEN, "Your roles do not allow this request"));
    }
  }
}
