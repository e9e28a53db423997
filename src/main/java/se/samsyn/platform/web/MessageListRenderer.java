package se.samsyn.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages without {@code role="alert"} on their list items: a list item with another
 * role is no longer a list item, so screen readers lose the list (axe-core: serious). The list's
 * container is an {@code aria-live} region already, which is what announces a new message.
 * PrimeFaces made the same change in 15.0.15 (primefaces/primefaces#14864), which is not on Maven
 * Central; this renderer goes when a release with it is.
 */
public class MessageListRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new WithoutRoleOnListItems(writer), messages, message, severity, escape);
  }

  private static final class WithoutRoleOnListItems extends ResponseWriterWrapper {

    private String element;

    WithoutRoleOnListItems(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      element = name;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      boolean roleOfListItem =
          "li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name));
      if (!roleOfListItem) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
