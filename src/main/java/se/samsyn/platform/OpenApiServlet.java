package se.samsyn.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The OpenAPI description of the REST API, kept with the code (a test fails when a resource is
 * missing from it). Payara's generated document cannot be reached while the application is the
 * server's root web module, so the application serves its own.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String DOCUMENT = "/openapi/samsyn.yaml";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/yaml");
    response.setCharacterEncoding("UTF-8");
    try (InputStream document = getClass().getResourceAsStream(DOCUMENT)) {
      if (document == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      document.transferTo(response.getOutputStream());
    }
  }
}
