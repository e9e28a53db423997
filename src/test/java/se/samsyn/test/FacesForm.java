package se.samsyn.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * A form of a page, posted as the browser posts it, so that a test can send what a browser never
 * would: a text longer than the field allows, an expired view, no nonce, a file too large. It
 * carries what the browser's scripts add: PrimeFaces' nonce ({@code primefaces.nonce}).
 */
public final class FacesForm {

  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern VIEW_STATE =
      Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)]]>");

  private final BrowserSession session;
  private final String action;
  private final List<Map.Entry<String, String>> fields;
  private final Map<String, String> headers = new java.util.LinkedHashMap<>();

  private FacesForm(BrowserSession session, String action, List<Map.Entry<String, String>> fields) {
    this.session = session;
    this.action = action;
    this.fields = fields;
  }

  /** The form of that id on the page the session has just read. */
  /**
   * The same form after an ajax request on its page: with the view state the partial response
   * names, as PrimeFaces' script updates it.
   */
  public FacesForm after(HttpResponse<String> partialResponse) {
    Matcher state = VIEW_STATE.matcher(partialResponse.body());
    if (!state.find()) {
      throw new AssertionError("no view state in " + partialResponse.body());
    }
    return set("jakarta.faces.ViewState", state.group(1));
  }

  public static FacesForm of(BrowserSession session, HttpResponse<String> page, String formId) {
    Document document = Jsoup.parse(page.body(), page.uri().toString());
    if (!(document.getElementById(formId) instanceof FormElement form)) {
      throw new AssertionError("no form " + formId + " on " + page.uri() + ":\n" + page.body());
    }
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    form.formData().forEach(data -> fields.add(Map.entry(data.key(), data.value())));
    Matcher nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      fields.add(Map.entry("primefaces.nonce", nonce.group(1)));
    }
    return new FacesForm(session, form.absUrl("action"), fields);
  }

  /** Sets a field to this value, as typed (the browser's maxlength not applied). */
  public FacesForm set(String name, String value) {
    without(name);
    fields.add(Map.entry(name, value));
    return this;
  }

  /** Adds a value to those of the field, as a further ticked checkbox does. */
  public FacesForm add(String name, String value) {
    fields.add(Map.entry(name, value));
    return this;
  }

  public FacesForm without(String name) {
    fields.removeIf(field -> field.getKey().equals(name));
    return this;
  }

  /** Sends this request header too, such as the {@code Referer} a browser sends. */
  public FacesForm header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Presses a button that submits the whole page (not by ajax). */
  public FacesForm press(String button) {
    return set(button, "");
  }

  /**
   * Presses a button by ajax, as PrimeFaces' script does: the form and the ajax parameters, the
   * answer a partial response.
   */
  public FacesForm pressByAjax(String button, String render) {
    return set("jakarta.faces.partial.ajax", "true")
        .set("jakarta.faces.source", button)
        .set("jakarta.faces.partial.execute", "@all")
        .set("jakarta.faces.partial.render", render)
        .set(button, button)
        .header("Faces-Request", "partial/ajax");
  }

  public HttpResponse<String> post() throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> field : fields) {
      body.append(body.length() == 0 ? "" : "&")
          .append(java.net.URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(java.net.URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
    }
    return send(
        "application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Posts as multipart/form-data, with a file in the named field. */
  public HttpResponse<String> postWithFile(String field, String fileName, byte[] content)
      throws IOException, InterruptedException {
    without(field);
    String boundary = "----samsyn-test-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> data : fields) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + data.getKey()
                  + "\"\r\n\r\n"
                  + data.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send("multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private HttpResponse<String> send(String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(action))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return session.send(request.build());
  }
}
