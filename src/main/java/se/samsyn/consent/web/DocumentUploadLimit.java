package se.samsyn.consent.web;

import jakarta.faces.webapp.FacesServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import se.samsyn.consent.ConsentService;
import se.samsyn.consent.DocumentSize;

/**
 * The signed consent document is the application's one upload, a form posted to the Faces Servlet.
 * At start-up this gives the Faces Servlet the multipart limit that {@code
 * samsyn.consent.document-max-bytes} sets: a request may be the document's maximum and room for the
 * form's other fields ({@link #FORM_ALLOWANCE}), and the container reads no larger one. Before that
 * limit is reached, {@link DocumentUploadLimitFilter} answers a larger post with a page that says
 * so, without reading it; a document within the request but above its own maximum is refused by the
 * service, on the page.
 *
 * <p>web.xml declares no Faces Servlet, because a declared servlet's multipart limit is fixed:
 * Mojarra registers it (with its default mappings; web.xml denies {@code /faces/*}), and this sets
 * the limit on that registration; should it run first, it registers the servlet itself.
 */
public class DocumentUploadLimit implements ServletContainerInitializer {

  /** Room for the upload form's other fields (view state, nonce, button) and the part headers. */
  static final long FORM_ALLOWANCE = 64 * 1024;

  /** Parts up to this size are kept in memory while a request is read, larger ones on disk. */
  private static final int IN_MEMORY = 64 * 1024;

  static final String FACES_SERVLET = "FacesServlet";

  private static final Logger LOGGER = Logger.getLogger(DocumentUploadLimit.class.getName());

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
    long document =
        ConfigProvider.getConfig()
            .getOptionalValue(ConsentService.DOCUMENT_MAX_BYTES, Long.class)
            .orElse(Long.parseLong(ConsentService.DEFAULT_DOCUMENT_MAX_BYTES));
    long request = document + FORM_ALLOWANCE;
    ServletRegistration.Dynamic faces = facesServlet(context);
    faces.setMultipartConfig(new MultipartConfigElement(null, -1, request, IN_MEMORY));
    context
        .addFilter("Consent document size", new DocumentUploadLimitFilter(request, document))
        .addMappingForServletNames(EnumSet.of(DispatcherType.REQUEST), false, faces.getName());
    LOGGER.info(
        () ->
            "Uploads: a signed consent document of at most "
                + DocumentSize.readable(document)
                + ", a request of at most "
                + request
                + " bytes");
  }

  private static ServletRegistration.Dynamic facesServlet(ServletContext context)
      throws ServletException {
    for (ServletRegistration registration : context.getServletRegistrations().values()) {
      if (FacesServlet.class.getName().equals(registration.getClassName())) {
        if (registration instanceof ServletRegistration.Dynamic dynamic) {
          LOGGER.fine(() -> "The Faces Servlet as registered: " + dynamic.getMappings());
          dynamic.setLoadOnStartup(1);
          return dynamic;
        }
        throw new ServletException(
            "The Faces Servlet "
                + registration.getName()
                + " is declared in a descriptor, where its multipart limit cannot follow "
                + ConsentService.DOCUMENT_MAX_BYTES);
      }
    }
    ServletRegistration.Dynamic faces = context.addServlet(FACES_SERVLET, FacesServlet.class);
    faces.addMapping("*.xhtml");
    faces.setLoadOnStartup(1);
    return faces;
  }
}
