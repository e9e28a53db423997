package se.samsyn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserSession;
import se.samsyn.test.DemoUser;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.Tokens;

/**
 * Whose entries an auditor sees, through the running application: an authority's auditor what its
 * staff did and every access by others to its records; the förbund's auditor everything; an auditor
 * whose token names no authority nothing, on every endpoint and page.
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class AuditorScopeIT {

  /** Registered by FK and by AF; used by no other test. */
  private static final String SHARED = "200007282395";

  @Test
  void anAuthoritysAuditorSeesOthersAccessesToItsRecordsButNotTheirOwnBusiness()
      throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    String fkReference = Api.registerParticipant(fk, SHARED, "Tove", "Tvåmyndig");
    String fkNote = note(fk, fkReference, "FK:s anteckning");
    String afReference = Api.registerParticipant(af, SHARED, "Tove", "Tvåmyndig");
    note(af, afReference, "AF:s anteckning");
    assertEquals(200, Api.get(af, "/api/participants/" + afReference + "/timeline").statusCode());

    List<JsonObject> fkAuditorSees =
        entries(Tokens.accessToken(DemoUser.FK_AUDITOR), "staff=af.handlaggare");
    assertTrue(
        fkAuditorSees.stream()
            .anyMatch(
                e ->
                    "note".equals(e.getString("recordType", ""))
                        && fkNote.equals(e.getString("recordId", ""))
                        && "FK".equals(e.getString("recordAgency", ""))
                        && "REFUSED".equals(e.getString("decision"))),
        "FK's auditor sees AF's refused read of FK's note");
    assertTrue(
        fkAuditorSees.stream().allMatch(e -> "FK".equals(e.getString("recordAgency", ""))),
        "and nothing else AF's staff did, such as reading AF's own records: " + fkAuditorSees);

    List<JsonObject> forbundSees =
        entries(Tokens.accessToken(DemoUser.AUDITOR), "staff=af.handlaggare");
    assertTrue(
        forbundSees.stream().anyMatch(e -> "AF".equals(e.getString("recordAgency", ""))),
        "the förbund's auditor sees AF reading AF's records too");
    assertTrue(forbundSees.size() > fkAuditorSees.size());
  }

  @Test
  void anAuditorWithoutAuthoritySeesNoEntryOverTheApi() throws IOException, InterruptedException {
    String nobody = Tokens.accessToken(DemoUser.AUDITOR_WITHOUT_AUTHORITY);
    assertTrue(entries(Tokens.accessToken(DemoUser.AUDITOR), "").size() > 0, "the log has entries");

    assertEquals(List.of(), entries(nobody, ""));
    HttpResponse<String> csv = Api.get(nobody, "/api/audit/entries.csv");
    assertEquals(200, csv.statusCode());
    assertEquals(1, csv.body().strip().lines().count(), "only the header: " + csv.body());
    assertProblem403(Api.get(nobody, "/api/audit/verification"));
    assertProblem403(Api.get(nobody, "/api/audit/checkpoint"));
    String exported = Api.get(Tokens.accessToken(DemoUser.AUDITOR), "/api/audit/checkpoint").body();
    assertProblem403(Api.post(nobody, "/api/audit/checkpoint/verification", exported));
  }

  @Test
  void anAuditorWithoutAuthoritySeesNoRowOnTheAuditorsPages()
      throws IOException, InterruptedException {
    BrowserSession nobody = BrowserSession.logIn(DemoUser.AUDITOR_WITHOUT_AUTHORITY);
    BrowserSession forbund = BrowserSession.logIn(DemoUser.AUDITOR);
    assertTrue(rows(forbund.page("/audit/log.xhtml")) > 0, "the log has rows to hide");
    for (String page :
        List.of("/audit/log.xhtml", "/audit/consents.xhtml", "/audit/emergency.xhtml")) {
      assertEquals(0, rows(nobody.page(page)), page);
    }
  }

  @Test
  void emergencyAccessAnswersAKnownAndAnUnknownNumberAlike()
      throws IOException, InterruptedException {
    String known = "201011112396";
    String unknown = "201203252398";
    String reference =
        Api.registerParticipant(Tokens.accessToken(DemoUser.FK_CASE_WORKER), known, "Nils", "Nöd");
    String region = Tokens.accessToken(DemoUser.REGION_CASE_WORKER);

    HttpResponse<String> forKnown = openEmergencyAccess(region, known);
    HttpResponse<String> forUnknown = openEmergencyAccess(region, unknown);

    assertEquals(202, forKnown.statusCode(), forKnown.body());
    assertEquals(forKnown.statusCode(), forUnknown.statusCode());
    assertEquals(forKnown.body(), forUnknown.body(), "byte for byte the same");
    String open = Api.get(region, "/api/emergency-access").body();
    assertTrue(open.contains(reference), "the known person, through the gate: " + open);
    String log =
        Api.get(
                Tokens.accessToken(DemoUser.AUDITOR),
                "/api/audit/entries?pageSize=500&staff=region.handlaggare")
            .body();
    assertTrue(log.contains("\"decision\":\"REFUSED\""), log);
    assertFalse(log.contains("20120325") || log.contains("120325"), "no unknown number in the log");
  }

  private static HttpResponse<String> openEmergencyAccess(String token, String number)
      throws IOException, InterruptedException {
    return Api.post(
        token,
        "/api/emergency-access",
        "{\"personalIdentityNumber\":\"" + number + "\",\"reason\":\"Ringde i kris\"}");
  }

  /** Data rows of the page's tables; PrimeFaces renders an empty table as one "none" row. */
  private static int rows(Document page) {
    return page.select("tbody[id$=_data] > tr:not(.ui-datatable-empty-message)").size();
  }

  private static void assertProblem403(HttpResponse<String> response) {
    assertEquals(403, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
        response.headers().toString());
  }

  private static List<JsonObject> entries(String token, String query)
      throws IOException, InterruptedException {
    HttpResponse<String> response = Api.get(token, "/api/audit/entries?pageSize=500&" + query);
    assertEquals(200, response.statusCode(), response.body());
    JsonArray found = Api.json(response.body()).asJsonArray();
    return found.getValuesAs(JsonObject.class);
  }

  private static String note(String token, String reference, String text)
      throws IOException, InterruptedException {
    HttpResponse<String> created =
        Api.post(
            token,
            "/api/participants/" + reference + "/notes",
            "{\"date\":\"2026-11-30\",\"category\":\"NOTES\",\"text\":\"" + text + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return String.valueOf(Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue());
  }
}
