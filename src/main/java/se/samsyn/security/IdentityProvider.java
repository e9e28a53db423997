package se.samsyn.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The identity provider as the application talks to it: the browser login (authorization code flow
 * with PKCE), renewal of a login with its refresh token, logout, back-channel logout tokens and the
 * keys that verify bearer tokens. Its metadata is read on first use and kept, so that the
 * application can start before the provider; while it cannot be read, every call says the provider
 * is unavailable and the next one tries again.
 */
@ApplicationScoped
public class IdentityProvider {

  private static final Logger LOGGER = Logger.getLogger(IdentityProvider.class.getName());
  private static final int TIMEOUT_MILLIS = 10_000;
  private static final Set<JWSAlgorithm> SIGNATURES =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256);

  @Inject private OidcSettings settings;

  private volatile Provider provider;

  /** What the metadata gives, and the validators built on the provider's keys. */
  private record Provider(
      OIDCProviderMetadata metadata,
      AccessTokenVerifier accessTokens,
      IDTokenValidator idTokens,
      LogoutTokenValidator logoutTokens) {}

  public AccessTokenVerifier accessTokens() throws IdentityProviderUnavailableException {
    return provider().accessTokens();
  }

  /** Where to send the browser to log in for this pending login. */
  public URI authorizationRequest(PendingSignIn pending)
      throws IdentityProviderUnavailableException {
    return new AuthenticationRequest.Builder(
            ResponseType.CODE, new Scope("openid", "profile", "email"), clientId(), redirectUri())
        .endpointURI(provider().metadata().getAuthorizationEndpointURI())
        .state(new State(pending.state()))
        .nonce(new Nonce(pending.nonce()))
        .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  /**
   * Exchanges the authorization code the browser brought back for the user's tokens.
   *
   * @return empty if the provider refused the code or its tokens do not verify
   */
  public Optional<SignIn> signIn(String code, PendingSignIn pending)
      throws IdentityProviderUnavailableException {
    AuthorizationGrant grant =
        new AuthorizationCodeGrant(
            new AuthorizationCode(code), redirectUri(), new CodeVerifier(pending.codeVerifier()));
    Provider current = provider();
    return tokens(grant)
        .flatMap(tokens -> verified(current, tokens, new Nonce(pending.nonce()), null));
  }

  /**
   * Asks the provider for fresh tokens, which carry the user's current roles and authority.
   *
   * @return empty if the provider refused: its session has ended, the user was disabled or removed
   */
  public Optional<SignIn> renew(SignIn signIn) throws IdentityProviderUnavailableException {
    Provider current = provider();
    return tokens(new RefreshTokenGrant(new RefreshToken(signIn.refreshToken())))
        .flatMap(tokens -> verified(current, tokens, null, signIn));
  }

  /** Where to send the browser so that the provider ends its session too, then returns here. */
  public URI logoutRequest(SignIn signIn, URI returnTo)
      throws IdentityProviderUnavailableException {
    try {
      return new LogoutRequest(
              provider().metadata().getEndSessionEndpointURI(),
              JWTParser.parse(signIn.idToken()),
              returnTo,
              null)
          .toURI();
    } catch (java.text.ParseException e) {
      throw new IllegalStateException("A stored ID token no longer parses", e);
    }
  }

  /**
   * The provider session a back-channel logout token ends, if the token is one: signed by the
   * provider, for this client, with the logout event and a session id.
   */
  public Optional<String> endedSession(String logoutToken)
      throws IdentityProviderUnavailableException {
    LogoutTokenValidator validator = provider().logoutTokens();
    try {
      LogoutTokenClaimsSet claims = validator.validate(JWTParser.parse(logoutToken));
      return Optional.ofNullable(claims.getSessionID()).map(sid -> sid.getValue());
    } catch (java.text.ParseException | BadJOSEException | JOSEException e) {
      LOGGER.log(Level.FINE, "Logout token refused", e);
      return Optional.empty();
    }
  }

  private Optional<OIDCTokens> tokens(AuthorizationGrant grant)
      throws IdentityProviderUnavailableException {
    HTTPRequest request =
        new TokenRequest(
                provider().metadata().getTokenEndpointURI(),
                new ClientSecretBasic(clientId(), new Secret(settings.getClientSecret())),
                grant)
            .toHTTPRequest();
    TokenResponse response;
    try {
      response = OIDCTokenResponseParser.parse(send(request));
    } catch (ParseException e) {
      throw new IdentityProviderUnavailableException("Unreadable token response", e);
    }
    if (response.indicatesSuccess()) {
      // A renewal's answer may lack an ID token; the parser then gives plain OAuth tokens.
      Tokens tokens = response.toSuccessResponse().getTokens();
      return Optional.of(
          tokens instanceof OIDCTokens oidc
              ? oidc
              : new OIDCTokens(tokens.getAccessToken(), tokens.getRefreshToken()));
    }
    TokenErrorResponse error = response.toErrorResponse();
    LOGGER.log(Level.FINE, "Token request refused: {0}", error.getErrorObject());
    return Optional.empty();
  }

  /**
   * The login the tokens describe. A renewal may come without a new ID token; the provider session
   * then stays the one the login began with.
   */
  private static Optional<SignIn> verified(
      Provider current, OIDCTokens tokens, Nonce nonce, SignIn renewing) {
    Optional<AccessTokenClaims> claims =
        current.accessTokens().verify(tokens.getAccessToken().getValue());
    if (claims.isEmpty()) {
      return Optional.empty();
    }
    JWT idToken = tokens.getIDToken();
    String sessionId = renewing == null ? null : renewing.providerSessionId();
    if (idToken != null) {
      try {
        IDTokenClaimsSet identity = current.idTokens().validate(idToken, nonce);
        if (!identity.getSubject().getValue().equals(claims.get().subject())) {
          return Optional.empty();
        }
        sessionId = identity.getStringClaim("sid");
      } catch (BadJOSEException | JOSEException e) {
        LOGGER.log(Level.FINE, "ID token refused", e);
        return Optional.empty();
      }
    } else if (renewing == null) {
      return Optional.empty();
    }
    String refreshToken =
        tokens.getRefreshToken() != null
            ? tokens.getRefreshToken().getValue()
            : renewing == null ? null : renewing.refreshToken();
    if (refreshToken == null || sessionId == null) {
      return Optional.empty();
    }
    return Optional.of(
        new SignIn(
            claims.get(),
            sessionId,
            refreshToken,
            idToken != null ? idToken.serialize() : renewing.idToken()));
  }

  private Provider provider() throws IdentityProviderUnavailableException {
    Provider known = provider;
    if (known == null) {
      synchronized (this) {
        if (provider == null) {
          provider = load();
        }
        known = provider;
      }
    }
    return known;
  }

  private Provider load() throws IdentityProviderUnavailableException {
    URI location = URI.create(settings.getProviderUri() + "/.well-known/openid-configuration");
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.parse(
              send(new HTTPRequest(HTTPRequest.Method.GET, location)).getBody());
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL()).build();
      JWSVerificationKeySelector<SecurityContext> keySelector =
          new JWSVerificationKeySelector<>(SIGNATURES, keys);
      return new Provider(
          metadata,
          new AccessTokenVerifier(keys, metadata.getIssuer().getValue(), settings.getClientId()),
          new IDTokenValidator(metadata.getIssuer(), clientId(), keySelector, null),
          // The event claim identifies a logout token: Keycloak types it plain "JWT", not
          // "logout+jwt", so an explicit type cannot be required.
          new LogoutTokenValidator(metadata.getIssuer(), clientId(), false, keySelector, null));
    } catch (ParseException | IOException e) {
      LOGGER.log(Level.WARNING, "Identity provider metadata unavailable at " + location, e);
      throw new IdentityProviderUnavailableException("No provider metadata at " + location, e);
    }
  }

  private static HTTPResponse send(HTTPRequest request)
      throws IdentityProviderUnavailableException {
    request.setConnectTimeout(TIMEOUT_MILLIS);
    request.setReadTimeout(TIMEOUT_MILLIS);
    try {
      HTTPResponse response = request.send();
      if (response.getStatusCode() >= 500) {
        throw new IdentityProviderUnavailableException(
            request.getURI() + " answered " + response.getStatusCode());
      }
      return response;
    } catch (IOException e) {
      throw new IdentityProviderUnavailableException(request.getURI() + " unreachable", e);
    }
  }

  private ClientID clientId() {
    return new ClientID(settings.getClientId());
  }

  private URI redirectUri() {
    return URI.create(settings.getRedirectUri());
  }
}
