package se.samsyn.consent.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.logging.Logger;
import se.samsyn.consent.DocumentSize;
import se.samsyn.platform.web.FormPage;
import se.samsyn.platform.web.LocaleSelection;
import se.samsyn.platform.web.UiTexts;

/**
 * Refuses a form with a file larger than an upload may be before its parts are read: the answer is
 * a page saying how large the signed document may be (413), and nothing is kept. Registered by
 * {@link DocumentUploadLimit} on the Faces Servlet, ahead of everything that reads parameters.
 *
 * <p>The page is written here, not by Faces: rendering a view reads the request's parameters (CDI's
 * conversation id), which would make the container parse the refused body after all. The body is
 * read and dropped, not kept, up to {@link #DISCARDED}, so that the browser sees the answer rather
 * than a connection cut off in the middle of its upload.
 */
class DocumentUploadLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOGGER = Logger.getLogger(DocumentUploadLimitFilter.class.getName());

  /** How much of a refused body is read and dropped; the connection is closed on a larger one. */
  static final long DISCARDED = 64L * 1024 * 1024;

  private final long maximumRequestBytes;
  private final long maximumDocumentBytes;

  DocumentUploadLimitFilter(long maximumRequestBytes, long maximumDocumentBytes) {
    this.maximumRequestBytes = maximumRequestBytes;
    this.maximumDocumentBytes = maximumDocumentBytes;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isMultipartPost(request)) {
      chain.doFilter(request, response);
      return;
    }
    long length = request.getContentLengthLong();
    if (length < 0) {
      // Browsers state the length of a form; a size that is not stated cannot be checked first.
      response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
    } else if (length > maximumRequestBytes) {
      LOGGER.info(
          () ->
              "An upload of " + length + " bytes to " + request.getRequestURI() + " refused: 413");
      refuse(request, response, length);
    } else {
      chain.doFilter(request, response);
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, long length)
      throws IOException {
    if (length <= DISCARDED) {
      discard(request.getInputStream());
    } else {
      response.setHeader("Connection", "close");
    }
    Locale locale = locale();
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("text/html;charset=UTF-8");
    String title = UiTexts.text(locale, "consent.document.tooLarge.title");
    PrintWriter page = response.getWriter();
    page.print("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head>");
    page.print("<meta charset=\"UTF-8\"/>");
    page.print("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
    page.print("<title>" + html(title) + " – " + html(UiTexts.text(locale, "app.name")));
    page.print("</title><link rel=\"stylesheet\" href=\"" + html(request.getContextPath()));
    page.print("/resources/samsyn/samsyn.css\"/></head><body>");
    page.print("<header class=\"topbar\"><div class=\"brand\"><a class=\"brand-name\" href=\"");
    page.print(html(request.getContextPath()) + "/\">" + html(UiTexts.text(locale, "app.name")));
    page.print("</a></div></header><main id=\"main\">");
    page.print("<h1>" + html(title) + "</h1><p id=\"error-text\" class=\"error-text\">");
    page.print(
        html(
            UiTexts.text(
                locale,
                "consent.document.tooLarge.text",
                DocumentSize.readable(maximumDocumentBytes))));
    page.print("</p><p><a id=\"back\" href=\"" + html(FormPage.urlOf(request)) + "\">");
    page.print(html(UiTexts.text(locale, "consent.document.tooLarge.back")));
    page.print("</a></p></main></body></html>\n");
  }

  private static void discard(ServletInputStream body) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    while (body.read(buffer) != -1) {
      // dropped
    }
  }

  /** The user's chosen language; Swedish when there is none yet. */
  private static Locale locale() {
    try {
      return CDI.current().select(LocaleSelection.class).get().getLocale();
    } catch (RuntimeException noSession) {
      return Locale.forLanguageTag("sv");
    }
  }

  private static boolean isMultipartPost(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equalsIgnoreCase(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
