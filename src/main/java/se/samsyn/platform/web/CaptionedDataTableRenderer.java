package se.samsyn.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.DataTableRenderer;

/**
 * PrimeFaces' table with a {@code <caption>}: screen readers list a page's tables by their
 * captions, and PrimeFaces writes none (its {@code summary} becomes a hidden description). The
 * caption is the table's {@value #CAPTION} attribute, hidden on screen, where the heading above the
 * table says the same; {@code TablesTest} requires one on every table.
 */
public class CaptionedDataTableRenderer extends DataTableRenderer {

  public static final String CAPTION = "caption";

  @Override
  protected void encodeThead(FacesContext context, DataTable table) throws IOException {
    Object caption = table.getAttributes().get(CAPTION);
    if (caption != null && !caption.toString().isBlank()) {
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("caption", null);
      writer.writeAttribute("class", "visually-hidden", null);
      writer.writeText(caption.toString(), null);
      writer.endElement("caption");
    }
    super.encodeThead(context, table);
  }
}
