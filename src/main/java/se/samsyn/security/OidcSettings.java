package se.samsyn.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login settings from configuration, named for the expressions in {@link
 * SamsynAuthenticationMechanism}'s OpenID Connect definition.
 */
@Named
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "samsyn.oidc.provider-uri")
  String providerUri;

  @Inject
  @ConfigProperty(name = "samsyn.oidc.client-id")
  String clientId;

  @Inject
  @ConfigProperty(name = "samsyn.oidc.client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "samsyn.base-url")
  String baseUrl;

  public String getProviderUri() {
    return providerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public String getRedirectUri() {
    return withoutTrailingSlash(baseUrl) + CallbackServlet.PATH;
  }

  public String getPostLogoutUri() {
    return withoutTrailingSlash(baseUrl) + "/";
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
