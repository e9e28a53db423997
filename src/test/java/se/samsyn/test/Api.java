package se.samsyn.test;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the application's REST API as a script does, with a bearer token. */
public final class Api {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Api() {}

  public static HttpResponse<String> get(String token, String path)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<String> post(String token, String path, String json)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Any method; a JSON body is sent with every method but GET. */
  public static HttpResponse<String> send(String token, String method, String path, String json)
      throws IOException, InterruptedException {
    return send(token, method, path, json, java.util.Map.of());
  }

  /** Any method, with further headers (such as {@code If-Match}). */
  public static HttpResponse<String> send(
      String token, String method, String path, String json, java.util.Map<String, String> headers)
      throws IOException, InterruptedException {
    if ("GET".equals(method)) {
      return get(token, path);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The first unit of the caller's authority, for registering someone there. */
  public static long firstUnit(String token) throws IOException, InterruptedException {
    return json(get(token, "/api/units").body())
        .asJsonArray()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * Registers a woman with the caller's authority, in its first unit, as a test's starting point.
   *
   * @return the participant's reference
   */
  public static String registerParticipant(
      String token, String number, String firstName, String lastName)
      throws IOException, InterruptedException {
    HttpResponse<String> created =
        post(
            token,
            "/api/participants",
            "{\"personalIdentityNumber\":\""
                + number
                + "\",\"firstName\":\""
                + firstName
                + "\",\"lastName\":\""
                + lastName
                + "\",\"sex\":\"FEMALE\",\"unitId\":"
                + firstUnit(token)
                + "}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("registration refused: " + created.body());
    }
    return json(created.body()).asJsonObject().getString("reference");
  }

  /** The response, once it is asserted to be a success (2xx), naming the request otherwise. */
  public static HttpResponse<String> ok(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(
          response.request().method()
              + " "
              + response.uri()
              + " → "
              + response.statusCode()
              + " "
              + response.body());
    }
    return response;
  }

  public static JsonStructure json(String text) {
    return Json.createReader(new StringReader(text)).read();
  }

  /** A path of the application, or an absolute URL as a Location header gives it. */
  private static String url(String pathOrUrl) {
    return pathOrUrl.startsWith("http") ? pathOrUrl : TestConfiguration.baseUrl() + pathOrUrl;
  }
}
