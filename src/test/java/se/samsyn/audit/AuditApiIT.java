package se.samsyn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.Tokens;

/** Auditors read the log over the API; nobody else may; their own reads are logged too. */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class AuditApiIT {

  @Test
  void anAuditorSeesWhoSearchedAndTheirOwnReadIsLogged() throws IOException, InterruptedException {
    String caseWorker = Tokens.accessToken(DemoUser.REGION_CASE_WORKER);
    String auditor = Tokens.accessToken(DemoUser.AUDITOR);
    Api.post(caseWorker, "/api/participants/search", "{\"query\":\"Ingen Alls\"}");

    HttpResponse<String> entries =
        get(auditor, "/api/audit/entries?staff=" + DemoUser.REGION_CASE_WORKER.username());

    assertEquals(200, entries.statusCode(), entries.body());
    JsonArray found = Json.createReader(new StringReader(entries.body())).readArray();
    assertTrue(
        found.getValuesAs(JsonObject.class).stream()
            .anyMatch(
                e ->
                    e.getString("action").equals("SEARCH")
                        && "REGION".equals(e.getString("agency", ""))),
        entries.body());
    assertTrue(!entries.body().contains("Ingen Alls"), "no search text or case content in the log");

    JsonArray auditorsOwn =
        Json.createReader(
                new StringReader(
                    get(auditor, "/api/audit/entries?staff=" + DemoUser.AUDITOR.username()).body()))
            .readArray();
    assertTrue(
        auditorsOwn.getValuesAs(JsonObject.class).stream()
            .anyMatch(e -> "access-log".equals(e.getString("recordType", ""))));
  }

  @Test
  void theCsvExportOpensInSwedishExcel() throws IOException, InterruptedException {
    HttpResponse<String> csv = get(Tokens.accessToken(DemoUser.AUDITOR), "/api/audit/entries.csv");

    assertEquals(200, csv.statusCode());
    assertTrue(
        csv.body().startsWith("\ufeff\"position\";\"occurredAt\";\"staffSubject\";\"username\""),
        csv.body());
  }

  @Test
  void theVerifierReportsOnTheWholeLog() throws IOException, InterruptedException {
    HttpResponse<String> result =
        get(Tokens.accessToken(DemoUser.AUDITOR), "/api/audit/verification");

    assertEquals(200, result.statusCode());
    JsonObject verification = Json.createReader(new StringReader(result.body())).readObject();
    assertTrue(verification.getBoolean("intact"), result.body());
    assertTrue(verification.getJsonNumber("entries").longValue() > 0);
  }

  @Test
  void aCaseWorkerMayNotReadTheLog() throws IOException, InterruptedException {
    assertEquals(
        403, get(Tokens.accessToken(DemoUser.FK_CASE_WORKER), "/api/audit/entries").statusCode());
  }

  private static HttpResponse<String> get(String token, String path)
      throws IOException, InterruptedException {
    return Api.get(token, path);
  }
}
