package se.samsyn.consent;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The consent form the participant reads and signs, in plain Swedish: who may share what, why,
 * until when, what is not to be shared, and that the consent can be taken back at any time. The
 * texts live in the application's Swedish message bundle; the layout is plain HTML turned into PDF.
 */
final class ConsentFormDocument {

  private static final ResourceBundle SWEDISH =
      ResourceBundle.getBundle("se.samsyn.platform.i18n.messages", Locale.forLanguageTag("sv"));

  private ConsentFormDocument() {}

  static byte[] render(
      PersonOnForm person, List<String> agencyNames, ConsentTerms terms, String recordingAgency) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"/><title>")
        .append(text("consentForm.title"))
        .append("</title><style>")
        .append("@page{size:A4;margin:1.6cm 2cm}")
        .append("body{font-family:sans-serif;font-size:10.5pt;line-height:1.4}")
        .append("h1{font-size:16pt;margin:0 0 0.6em}h2{font-size:11pt;margin:0.9em 0 0.2em}")
        .append("p{margin:0 0 0.4em}ul{margin:0;padding-left:0;list-style-type:none}")
        .append(".sign{margin-top:1.1cm;border-top:1px solid #000;width:9cm;padding-top:2pt}")
        .append(".small{font-size:9pt;color:#333;margin-top:1.2em}")
        .append("</style></head><body>")
        .append("<h1>")
        .append(text("consentForm.title"))
        .append("</h1><p>")
        .append(text("consentForm.intro"))
        .append("</p>");
    section(html, "consentForm.person", person.name() + ", " + person.personalIdentityNumber());
    list(html, "consentForm.agencies", agencyNames);
    list(
        html,
        "consentForm.categories",
        terms.categories().stream()
            .sorted()
            .map(category -> text("consent.category." + category))
            .toList());
    section(
        html,
        "consentForm.purpose",
        text("consent.purpose." + terms.purpose())
            + (terms.purposeText() == null ? "" : " – " + terms.purposeText()));
    section(
        html,
        "consentForm.exclusions",
        terms.exclusions() == null ? text("consentForm.noExclusions") : terms.exclusions());
    section(html, "consentForm.period", terms.validFrom() + " – " + terms.validUntil());
    section(
        html,
        "consentForm.givenBy",
        text("consent.givenBy." + terms.givenBy())
            + (terms.givenByName() == null ? "" : ": " + terms.givenByName()));
    html.append("<p>").append(text("consentForm.withdrawal")).append("</p>");
    for (String line :
        List.of("consentForm.signature", "consentForm.nameInPrint", "consentForm.placeAndDate")) {
      html.append("<div class=\"sign\">").append(text(line)).append("</div>");
    }
    html.append("<p class=\"small\">")
        .append(escape(SWEDISH.getString("consentForm.footer").replace("{0}", recordingAgency)))
        .append("</p></body></html>");
    return pdf(html.toString());
  }

  private static void section(StringBuilder html, String headingKey, String content) {
    html.append("<h2>")
        .append(text(headingKey))
        .append("</h2><p>")
        .append(escape(content))
        .append("</p>");
  }

  private static void list(StringBuilder html, String headingKey, List<String> items) {
    html.append("<h2>").append(text(headingKey)).append("</h2><ul>");
    items.forEach(item -> html.append("<li>• ").append(escape(item)).append("</li>"));
    html.append("</ul>");
  }

  private static String text(String key) {
    return escape(SWEDISH.getString(key));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static byte[] pdf(String html) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
