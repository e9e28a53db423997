package se.samsyn.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.DataTableRenderer;

/**
 * PrimeFaces' table with a {@code <caption>} and a wrapper a keyboard can scroll: screen readers
 * list a page's tables by their captions, and PrimeFaces writes none (its {@code summary} becomes a
 * hidden description). The caption is the table's {@value #CAPTION} attribute, hidden on screen,
 * where the heading above the table says the same; {@code TablesTest} requires one on every table.
 */
public class CaptionedDataTableRenderer extends DataTableRenderer {

  public static final String CAPTION = "caption";

  /**
   * A table wider than the page scrolls in its wrapper (samsyn.css), so a keyboard user must be
   * able to reach the wrapper to scroll it: it is a region named by the caption, in the Tab order.
   */
  @Override
  protected void encodeRegularTable(FacesContext context, DataTable table) throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(new FocusableWrapper(writer, caption(table)));
    try {
      super.encodeRegularTable(context, table);
    } finally {
      context.setResponseWriter(writer);
    }
  }

  @Override
  protected void encodeThead(FacesContext context, DataTable table) throws IOException {
    String caption = caption(table);
    if (!caption.isEmpty()) {
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("caption", null);
      writer.writeAttribute("class", "visually-hidden", null);
      writer.writeText(caption, null);
      writer.endElement("caption");
    }
    super.encodeThead(context, table);
  }

  private static String caption(DataTable table) {
    Object caption = table.getAttributes().get(CAPTION);
    return caption == null ? "" : caption.toString().strip();
  }

  /** Adds focus and a name to the element PrimeFaces gives the class of the table's wrapper. */
  private static final class FocusableWrapper extends ResponseWriterWrapper {

    private static final String WRAPPER = "ui-datatable-tablewrapper";

    private final String name;

    FocusableWrapper(ResponseWriter wrapped, String name) {
      super(wrapped);
      this.name = name;
    }

    @Override
    public void writeAttribute(String attribute, Object value, String property) throws IOException {
      super.writeAttribute(attribute, value, property);
      if ("class".equals(attribute) && WRAPPER.equals(value)) {
        super.writeAttribute("tabindex", "0", null);
        super.writeAttribute("role", "region", null);
        super.writeAttribute("aria-label", name, null);
      }
    }
  }
}
