package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserSession;
import se.samsyn.test.DemoUser;
import se.samsyn.test.FacesForm;
import se.samsyn.test.KeycloakExtension;
import se.samsyn.test.RunningApplication;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * The consent page's "print the form" button, as the browser posts it: the case worker gets the
 * filled-in form as a PDF to hand to the participant, before anything is recorded.
 */
@ExtendWith({KeycloakExtension.class, RunningApplication.class})
class ConsentFormIT {

  @Test
  void theCaseWorkerPrintsTheFilledInFormBeforeRecordingIt()
      throws IOException, InterruptedException {
    String token = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String reference = Api.registerParticipant(token, "20010116-2386", "Tove", "Blankett");
    BrowserSession fk = BrowserSession.logIn(DemoUser.FK_CASE_WORKER);
    HttpResponse<String> page =
        fk.get(TestConfiguration.baseUrl() + "/consent/list.xhtml?ref=" + reference);

    HttpResponse<String> printed =
        FacesForm.of(fk, page, "consents")
            .add("consents:agencies", "AF")
            .add("consents:categories", "NOTES")
            .press("consents:print")
            .post();

    assertEquals(200, printed.statusCode());
    assertTrue(
        printed.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    assertTrue(printed.body().startsWith("%PDF"));
    assertTrue(
        Api.get(token, "/api/participants/" + reference + "/consents").body().equals("[]"),
        "printing records nothing");
  }
}
