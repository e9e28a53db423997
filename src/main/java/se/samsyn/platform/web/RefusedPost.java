package se.samsyn.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Answers a post that is refused before it is processed with a page that says why, rendered in a
 * dispatch of its own as a plain visit: no parameters, no body, no ajax. Within the refused post,
 * which still carries its view state, PrimeFaces would check the nonce of the page again, and the
 * container would read a body that should stay unread.
 */
public final class RefusedPost {

  private RefusedPost() {}

  /**
   * @param page a view, such as {@code /WEB-INF/errors/expired.xhtml}
   */
  public static void answer(
      HttpServletRequest request, HttpServletResponse response, int status, String page)
      throws IOException, ServletException {
    response.reset();
    response.setStatus(status);
    request.getRequestDispatcher(page).forward(new PlainVisit(request), response);
  }

  private static final class PlainVisit extends HttpServletRequestWrapper {

    PlainVisit(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getHeader(String name) {
      return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public int getContentLength() {
      return 0;
    }

    @Override
    public long getContentLengthLong() {
      return 0;
    }
  }
}
