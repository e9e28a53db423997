package se.samsyn.security;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies bearer tokens of the REST API against the same identity provider as the browser login.
 * The provider's metadata is read on first use, so the application can start before the provider.
 */
@ApplicationScoped
public class BearerTokenAuthenticator {

  private static final Logger LOGGER = Logger.getLogger(BearerTokenAuthenticator.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject private OidcSettings settings;

  private volatile AccessTokenVerifier verifier;

  public Optional<AuthenticatedUser> authenticate(String token) {
    return verifier().flatMap(v -> v.verify(token));
  }

  private Optional<AccessTokenVerifier> verifier() {
    if (verifier == null) {
      synchronized (this) {
        if (verifier == null) {
          verifier = createVerifier();
        }
      }
    }
    return Optional.ofNullable(verifier);
  }

  private AccessTokenVerifier createVerifier() {
    try {
      JsonObject metadata = providerMetadata();
      URL keys = URI.create(metadata.getString("jwks_uri")).toURL();
      return new AccessTokenVerifier(
          JWKSourceBuilder.<SecurityContext>create(keys).build(),
          metadata.getString("issuer"),
          settings.getClientId());
    } catch (IOException | RuntimeException e) {
      LOGGER.log(Level.WARNING, "Identity provider metadata unavailable; bearer token refused", e);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private JsonObject providerMetadata() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(settings.getProviderUri() + "/.well-known/openid-configuration"))
            .timeout(TIMEOUT)
            .GET()
            .build();
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Provider metadata answered " + response.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
