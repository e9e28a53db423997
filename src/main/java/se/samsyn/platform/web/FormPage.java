package se.samsyn.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.omnifaces.util.Faces;

/**
 * The page a refused form was posted from, for the pages that say why
 * (WEB-INF/errors/expired.xhtml, WEB-INF/consent/document-too-large.xhtml) to lead back to it.
 */
@Named
@RequestScoped
public class FormPage {

  /**
   * Where to load the page afresh: the page the form was on, as the browser named it (path and
   * query only, so never another site), else the address posted to, else the start page.
   */
  public String getUrl() {
    return urlOf(Faces.getRequest());
  }

  /** The same for a request outside Faces. */
  public static String urlOf(HttpServletRequest request) {
    String root = request.getContextPath() + "/";
    String referer = request.getHeader("Referer");
    if (referer != null) {
      try {
        URI page = new URI(referer);
        String path = page.getRawPath();
        if (path != null && path.startsWith(root) && !path.startsWith("//")) {
          return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
        }
      } catch (URISyntaxException notAnAddress) {
        // fall through to the address posted to
      }
    }
    Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String posted = forwardedFrom instanceof String uri ? uri : request.getRequestURI();
    return posted.startsWith(root) && !posted.contains("/WEB-INF/") ? posted : root;
  }
}
