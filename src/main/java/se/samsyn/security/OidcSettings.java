package se.samsyn.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login settings from configuration: the identity provider, this application's client there, and
 * the addresses the provider returns browsers to.
 */
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
    return withoutTrailingSlash(baseUrl) + BrowserLogin.CALLBACK_PATH;
  }

  public String getPostLogoutUri() {
    return withoutTrailingSlash(baseUrl) + "/";
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
