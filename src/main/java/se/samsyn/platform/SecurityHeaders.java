package se.samsyn.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser-security headers every response carries: pages, static resources, the REST API,
 * servlets and error pages, and the login redirects and 401 answers the authentication mechanism
 * sends before any filter runs.
 *
 * <p>PrimeFaces' CSP mode writes a nonce into each of its scripts and adds a {@code
 * Content-Security-Policy} header naming it. That header is replaced here by this application's
 * whole policy with the same nonce, so that one policy applies everywhere and a page never carries
 * two (a browser would enforce both).
 */
@ApplicationScoped
public class SecurityHeaders {

  static final String CSP = "Content-Security-Policy";
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

  /** Static resources carry no personal data and may be cached; everything else may. */
  private static final String[] CACHEABLE_PATHS = {"/jakarta.faces.resource/", "/resources/"};

  @Inject
  @ConfigProperty(name = "samsyn.base-url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "samsyn.oidc.provider-uri")
  String providerUri;

  /**
   * Sets every header on the response; a page's script nonce arrives later through {@link #wrap}.
   */
  public void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(CSP, policy(null));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()");
    if (baseUrl.startsWith("https:")) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!isStaticResource(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /** The response as PrimeFaces sees it: its policy header becomes this policy with its nonce. */
  public HttpServletResponse wrap(HttpServletResponse response) {
    return new HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        super.setHeader(name, CSP.equalsIgnoreCase(name) ? withNonceOf(value) : value);
      }

      @Override
      public void addHeader(String name, String value) {
        if (CSP.equalsIgnoreCase(name)) {
          super.setHeader(name, withNonceOf(value));
        } else {
          super.addHeader(name, value);
        }
      }
    };
  }

  private String withNonceOf(String primeFacesPolicy) {
    Matcher nonce = NONCE.matcher(primeFacesPolicy);
    return policy(nonce.find() ? nonce.group(1) : null);
  }

  /**
   * Scripts only from the application itself and, on pages, PrimeFaces' nonce; no inline script and
   * no event-handler attribute runs. Inline styles stay allowed because PrimeFaces' widgets
   * position overlays and dialogs with style attributes. Forms may post to the identity provider,
   * because logout answers with a redirect there.
   */
  String policy(String nonce) {
    return "default-src 'self'; "
        + "img-src 'self' data:; "
        + "font-src 'self' data:; "
        + "style-src 'self' 'unsafe-inline'; "
        + "object-src 'none'; "
        + "base-uri 'self'; "
        + "form-action 'self' "
        + origin(providerUri)
        + "; "
        + "frame-ancestors 'none'; "
        + "script-src 'self'"
        + (nonce == null ? "" : " 'nonce-" + nonce + "'");
  }

  private static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String cacheable : CACHEABLE_PATHS) {
      if (path.startsWith(cacheable)) {
        return true;
      }
    }
    return false;
  }
}
