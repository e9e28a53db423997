package se.samsyn.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form posted from a page that is no longer valid gets a page saying so (400), never a 500 or a
 * stack trace: a view the server no longer holds ({@link ViewExpiredException}), or a post without
 * the nonce PrimeFaces' script adds to every form, or with another page's ({@link CspException}). A
 * post without a nonce is refused before anything of it is processed.
 *
 * <p>The page is rendered as a plain visit ({@link RefusedPost}): within the failed post, which
 * still carries its view state, PrimeFaces would check the nonce again and fail the error page too.
 * Ajax posts whose view expired are answered by OmniFaces' FullAjaxExceptionHandler with the same
 * page (web.xml).
 */
public class ExpiredViewFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOGGER = Logger.getLogger(ExpiredViewFilter.class.getName());

  static final String PAGE = "/WEB-INF/errors/expired.xhtml";
  private static final String NONCE = "primefaces.nonce";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isPostbackWithoutNonce(request)) {
      answer(request, response, "without PrimeFaces' nonce");
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      String reason = staleness(e);
      if (reason == null || response.isCommitted()) {
        throw e;
      }
      answer(request, response, reason);
    }
  }

  private static boolean isPostbackWithoutNonce(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())
        || request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) == null) {
      return false;
    }
    String nonce = request.getParameter(NONCE);
    return nonce == null || nonce.isBlank();
  }

  /** Why the post could not be served, if it is one of the stale kinds; null otherwise. */
  private static String staleness(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof ViewExpiredException) {
        return "with an expired view";
      }
      if (cause instanceof CspException) {
        return "with another page's nonce";
      }
    }
    return null;
  }

  private static Throwable next(Throwable failure) {
    Throwable cause =
        failure instanceof ServletException servlet && servlet.getRootCause() != null
            ? servlet.getRootCause()
            : failure.getCause();
    return cause == failure ? null : cause;
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response, String why)
      throws IOException, ServletException {
    LOGGER.info(() -> "A form was posted to " + request.getRequestURI() + " " + why + ": 400");
    RefusedPost.answer(request, response, HttpServletResponse.SC_BAD_REQUEST, PAGE);
  }
}
