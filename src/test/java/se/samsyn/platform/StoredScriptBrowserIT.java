package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.samsyn.test.Api;
import se.samsyn.test.BrowserTest;
import se.samsyn.test.Chromium;
import se.samsyn.test.DemoUser;
import se.samsyn.test.TestConfiguration;
import se.samsyn.test.Tokens;

/**
 * Stored script: every free-text field the application keeps is written with script payloads —
 * through the REST API where it has an endpoint, through the page's form for at least one field of
 * every form — and every page that shows them is opened in Chromium. A hook installed before any
 * page script records calls of {@code alert}, {@code confirm} and {@code prompt}, every
 * Content-Security-Policy violation and the global marker the payloads set; an alert left open
 * fails the test too. On every page the hook stays silent, no markup of a payload is in the
 * document (no event-handler attribute, script or {@code javascript:} URL of one), and each payload
 * the page shows is there as text, the characters a user would read.
 *
 * <p>A few fields are shown on no page (a consent's purpose text, the name of who gave it and its
 * document reference; the reasons for a number change and a merger; an emergency review's note):
 * they are written all the same, so that a page that starts showing one is covered. Staff names are
 * not written: they come from the identity provider, whose user profile (in both realms under
 * config/keycloak) refuses the characters of markup in names.
 */
class StoredScriptBrowserIT extends BrowserTest {

  /**
   * Skatteverket's test numbers, used by no other test: the person, the numbers it is given through
   * the API and on the page, and a duplicate registration.
   */
  private static final String NUMBER = "198003042390";

  private static final String NEW_NUMBER = "198203192391";
  private static final String NEWEST_NUMBER = "198208222391";
  private static final String DUPLICATE_NUMBER = "197606132392";

  /** A municipality of Stockholm county that the demo data and the other tests leave out. */
  private static final String NEW_AGENCY = "KOMMUN-0192";

  /** The förbund's own office, the administrator's authority. */
  private static final String FORBUND = "Samordningsförbundet Södertälje–Nykvarn";

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** Runs in every document before its own scripts (Page.addScriptToEvaluateOnNewDocument). */
  private static final String HOOK =
      """
      (() => {
        const seen = [];
        Object.defineProperty(window, '__xssSeen', {value: seen});
        for (const name of ['alert', 'confirm', 'prompt']) {
          const original = window[name];
          window[name] = function (...args) {
            seen.push(name + '(' + args.join(', ') + ')');
            return original.apply(window, args);
          };
        }
        let marker;
        Object.defineProperty(window, '__xss', {
          get: () => marker,
          set: value => { marker = value; seen.push('window.__xss = ' + value); }
        });
        document.addEventListener('securitypolicyviolation', e => seen.push('CSP '
            + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':'
            + e.lineNumber + ' ' + e.sample), true);
      })();
      """;

  /** Markup a payload would leave if it were written into the page unescaped. */
  private static final String INJECTED_MARKUP =
      """
      const found = [];
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on') && attribute.value.includes('xss')) {
            found.push(element.tagName + ' ' + name + '=' + attribute.value);
          }
          if (/(^|:)(href|src|action|formaction|data)$/.test(name)
              && /^\\s*javascript:/i.test(attribute.value)) {
            found.push(element.tagName + ' ' + name + '=' + attribute.value);
          }
        }
        if (element.tagName === 'SCRIPT' && !element.nonce && element.textContent.includes('xss')) {
          found.push('SCRIPT ' + element.textContent);
        }
      }
      return found;
      """;

  /** What a user reads: the text of the page outside scripts, and the values in its fields. */
  private static final String READABLE_TEXT =
      """
      const copy = document.body.cloneNode(true);
      copy.querySelectorAll('script, style').forEach(element => element.remove());
      const values = [...document.querySelectorAll('input, textarea')].map(field => field.value);
      return copy.textContent + '\\n' + values.join('\\n');
      """;

  private final List<String> pagesChecked = new ArrayList<>();

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void noPayloadInAnyFreeTextFieldRunsOnAnyPageThatShowsIt()
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    ((ChromeDriver) browser)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));

    try {
      organisationNamesThroughTheAdministratorsForms();
      String reference = aParticipantWrittenThroughTheApi();
      fkWritesThroughThePagesAndReadsEverything(reference);
      afReadsWhatTheConsentsDisclose(reference);
      regionOpensThePersonInAnEmergency(reference);
      theAuditorReviewsTheRegisters();
    } catch (RuntimeException | AssertionError e) {
      Chromium.screenshot(browser, "stored-script-failed");
      throw e;
    }

    System.out.printf(
        "StoredScriptBrowserIT: %d fields, %d page checks, %d s%n",
        Field.values().length,
        pagesChecked.size(),
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
  }

  /** Authority and unit names have no endpoint: the administrator's forms are the only way in. */
  private void organisationNamesThroughTheAdministratorsForms() {
    Chromium.logIn(browser, DemoUser.ADMIN);
    check("the administrator's start page");
    open("/admin/organisation.xhtml");
    check("the organisation page");

    type(By.id("organisation:agency-code"), NEW_AGENCY);
    type(By.id("organisation:agency-name"), Field.AGENCY_NAME.text);
    submit("organisation:add-agency");
    awaitText("organisation:messages", "Myndigheten är tillagd.");
    check("the organisation page after adding an authority", Field.AGENCY_NAME);

    choose("organisation:unit-agency", "Försäkringskassan");
    type(By.id("organisation:unit-name"), Field.UNIT_NAME.text);
    submit("organisation:add-unit");
    awaitText("organisation:messages", "Enheten är tillagd.");
    choose("organisation:unit-agency", FORBUND);
    type(By.id("organisation:unit-name"), Field.OFFICE_NAME.text);
    submit("organisation:add-unit");
    awaitText("organisation:messages", "Enheten är tillagd.");

    choose(
        "organisation:staff-member",
        DemoUser.ADMIN.fullName() + " (" + DemoUser.ADMIN.agency() + ")");
    choose("organisation:staff-unit", FORBUND + " – " + Field.OFFICE_NAME.text);
    submit("organisation:place-staff");
    awaitText("organisation:messages", "Enheten är ändrad.");
    check(
        "the organisation page after adding units and placing a staff member",
        Field.AGENCY_NAME,
        Field.UNIT_NAME,
        Field.OFFICE_NAME);
    open("/admin/organisation.xhtml");
    check("the organisation page", Field.AGENCY_NAME, Field.UNIT_NAME, Field.OFFICE_NAME);
    logOut();
  }

  /**
   * Försäkringskassan registers the person in the new unit, with its contact details, a note, a
   * consent with its signed form, restrictions, protected identity and a new number;
   * Arbetsförmedlingen registers the same person and records consents of its own, which each
   * authority answers; Södertälje opens the person in an emergency.
   *
   * @return the participant's reference
   */
  private String aParticipantWrittenThroughTheApi() throws IOException, InterruptedException {
    String fk = Tokens.accessToken(DemoUser.FK_CASE_WORKER);
    String af = Tokens.accessToken(DemoUser.AF_CASE_WORKER);
    String sodertalje = Tokens.accessToken(DemoUser.SODERTALJE_CASE_WORKER);
    String today = LocalDate.now(SWEDEN).toString();

    long unit =
        Api.json(Api.ok(Api.get(fk, "/api/units")).body()).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(u -> u.getString("name").equals(Field.UNIT_NAME.text))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the new unit is not among FK's"))
            .getJsonNumber("id")
            .longValue();
    String reference =
        Api.json(
                Api.ok(
                        Api.post(
                            fk,
                            "/api/participants",
                            Json.createObjectBuilder()
                                .add("personalIdentityNumber", NUMBER)
                                .add("firstName", Field.FIRST_NAME.text)
                                .add("lastName", Field.LAST_NAME.text)
                                .add("sex", "MALE")
                                .add("preferredLanguage", Field.LANGUAGE.text)
                                .add(
                                    "contact",
                                    Json.createObjectBuilder()
                                        .add("streetAddress", Field.STREET.text)
                                        .add("postalCode", Field.POSTAL_CODE.text)
                                        .add("city", Field.CITY.text))
                                .add("unitId", unit)
                                .add("startDate", today)
                                .build()
                                .toString()))
                    .body())
            .asJsonObject()
            .getString("reference");
    String participant = "/api/participants/" + reference;
    String etag = Api.ok(Api.get(fk, participant)).headers().firstValue("ETag").orElseThrow();
    Api.ok(
        Api.send(
            fk,
            "PUT",
            participant + "/contact",
            Json.createObjectBuilder()
                .add("streetAddress", Field.STREET.text)
                .add("postalCode", Field.POSTAL_CODE.text)
                .add("city", Field.CITY.text)
                .add("phone", Field.PHONE.text)
                .add("email", Field.EMAIL.text)
                .add("representativeName", Field.REPRESENTATIVE.text)
                .add("representativeRelation", "GUARDIAN")
                .add("representativeContact", Field.REPRESENTATIVE_CONTACT.text)
                .build()
                .toString(),
            Map.of("If-Match", etag)));
    Api.ok(
        Api.post(
            af,
            "/api/participants",
            Json.createObjectBuilder()
                .add("personalIdentityNumber", NUMBER)
                .add("firstName", Field.AF_FIRST_NAME.text)
                .add("lastName", Field.AF_LAST_NAME.text)
                .add("sex", "MALE")
                .add("unitId", Api.firstUnit(af))
                .build()
                .toString()));
    Api.ok(
        Api.post(
            fk,
            participant + "/notes",
            Json.createObjectBuilder()
                .add("date", today)
                .add("category", "NOTES")
                .add("text", Field.NOTE_API.text)
                .build()
                .toString()));

    long fkConsent =
        consent(
            fk,
            reference,
            List.of("IDENTITY_AND_CONTACT", "NOTES"),
            Field.PURPOSE_API,
            Field.EXCLUSIONS_API,
            Field.GIVEN_BY_NAME_API,
            Field.DOCUMENT_REFERENCE_API);
    Api.ok(
        Api.send(
            fk,
            "PUT",
            "/api/consents/" + fkConsent + "/document",
            "%PDF-1.4 undertecknat samtycke",
            Map.of(
                "Content-Disposition",
                "attachment; filename=\"" + Field.FILE_NAME_API.text + "\"")));
    answer(af, fkConsent, "confirmation", "OTHER", Field.CONFIRMATION_API);

    consent(af, reference, List.of("IDENTITY_AND_CONTACT"), null, Field.AF_EXCLUSIONS_1);
    long declined = consent(af, reference, List.of("NOTES"), null, Field.AF_EXCLUSIONS_2);
    long revokedLater = consent(af, reference, List.of("NOTES"), null, Field.AF_EXCLUSIONS_3);
    answer(fk, declined, "decline", null, Field.DECLINE_API);
    answer(fk, revokedLater, "confirmation", "OTHER", Field.CONFIRMATION_BEFORE_REVOCATION);

    restriction(fk, reference, "REGION", "HEALTH_DETAILS", Field.RESTRICTION_API);
    long lifted = restriction(fk, reference, "KOMMUN-0181", "NOTES", Field.RESTRICTION_LIFTED_API);
    Api.ok(
        Api.post(
            fk, "/api/restrictions/" + lifted + "/lifting", reason(Field.RESTRICTION_LIFTING_API)));

    Api.ok(Api.post(fk, participant + "/protected-identity", "{}"));
    Api.ok(
        Api.post(
            fk,
            participant + "/number-change",
            Json.createObjectBuilder()
                .add("newNumber", NEW_NUMBER)
                .add("reason", Field.NUMBER_CHANGE_REASON_API.text)
                .build()
                .toString()));
    Api.ok(
        Api.post(
            sodertalje,
            "/api/emergency-access",
            Json.createObjectBuilder()
                .add("personalIdentityNumber", NEW_NUMBER)
                .add("reason", Field.EMERGENCY_API.text)
                .build()
                .toString()));
    return reference;
  }

  /**
   * Försäkringskassan registers a duplicate on the page, edits the person's identity and contact
   * details, writes a note, lifts the protection, joins the duplicate, closes a case, records a
   * consent, uploads its form, records and lifts a restriction and answers Arbetsförmedlingen's
   * consents, then reads every page about the person.
   */
  private void fkWritesThroughThePagesAndReadsEverything(String reference) throws IOException {
    Chromium.logIn(browser, DemoUser.FK_CASE_WORKER);
    check("FK's start page");

    browser.findElement(By.id("menu-register")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:number")))
        .sendKeys(DUPLICATE_NUMBER);
    browser.findElement(By.id("register:first-name")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("register:sex_label"), "Man"));
    check("the registration page", Field.UNIT_NAME);
    type(By.id("register:first-name"), Field.DUPLICATE_FIRST_NAME.text);
    type(By.id("register:last-name"), Field.DUPLICATE_LAST_NAME.text);
    type(By.id("register:language"), Field.DUPLICATE_LANGUAGE.text);
    type(By.id("register:street"), Field.DUPLICATE_STREET.text);
    choose("register:unit", Field.UNIT_NAME.text);
    check("the registration page with the new unit chosen", Field.UNIT_NAME);
    browser.findElement(By.id("register:save")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("participant:participant-name")));
    check(
        "the duplicate's participant page",
        Field.DUPLICATE_FIRST_NAME,
        Field.DUPLICATE_LAST_NAME,
        Field.DUPLICATE_LANGUAGE,
        Field.DUPLICATE_STREET,
        Field.UNIT_NAME);

    String participantPage = "/participant/view.xhtml?ref=" + reference;
    open(participantPage);
    check(
        "the participant page as written through the API",
        Field.FIRST_NAME,
        Field.LAST_NAME,
        Field.LANGUAGE,
        Field.STREET,
        Field.POSTAL_CODE,
        Field.CITY,
        Field.PHONE,
        Field.EMAIL,
        Field.REPRESENTATIVE,
        Field.REPRESENTATIVE_CONTACT,
        Field.UNIT_NAME,
        Field.NOTE_API,
        Field.AF_FIRST_NAME,
        Field.AF_LAST_NAME);

    type(By.id("participant:first-name"), Field.FIRST_NAME_EDITED.text);
    type(By.id("participant:last-name"), Field.LAST_NAME_EDITED.text);
    type(By.id("participant:language"), Field.LANGUAGE_EDITED.text);
    submit("participant:save-identity");
    awaitText("participant:messages", "Personuppgifterna är sparade.");
    check("the participant page after the identity form", Field.FIRST_NAME_EDITED);

    type(By.id("participant:street"), Field.STREET_EDITED.text);
    submit("participant:save-contact");
    awaitText("participant:messages", "Kontaktuppgifterna är sparade.");
    check("the participant page after the contact form", Field.STREET_EDITED, Field.EMAIL);

    wait.until(ExpectedConditions.elementToBeClickable(By.id("participant:lift-protection")))
        .click();
    type(By.id("lift-form:lifting-reason"), Field.PROTECTION_LIFTING_REASON.text);
    submit("lift-form:confirm-lift");
    awaitText("participant:messages", "Markeringen skyddad identitet är borttagen.");
    check("the participant page after lifting the protection", Field.PROTECTION_LIFTING_REASON);

    wait.until(ExpectedConditions.elementToBeClickable(By.id("participant:change-number"))).click();
    type(By.id("number-form:new-number"), NEWEST_NUMBER);
    type(By.id("number-form:number-reason"), Field.NUMBER_CHANGE_REASON_PAGE.text);
    browser.findElement(By.id("number-form:confirm-number")).click();
    awaitText("participant:messages", "Personnumret är ändrat.");
    check("the participant page after changing the number");

    type(By.id("note:note-text"), Field.NOTE_PAGE.text);
    browser.findElement(By.id("note:write-note")).click();
    awaitText("timeline", Field.NOTE_PAGE.text);
    check("the participant page after writing a note", Field.NOTE_PAGE, Field.NOTE_API);

    wait.until(ExpectedConditions.elementToBeClickable(By.id("participant:merge"))).click();
    type(By.id("merge-form:duplicate-number"), DUPLICATE_NUMBER);
    type(By.id("merge-form:merge-reason"), Field.MERGE_REASON.text);
    browser.findElement(By.id("merge-form:confirm-merge")).click();
    awaitText("participant:messages", "Registreringarna är sammanslagna.");
    check("the participant page after joining the duplicate");

    wait.until(ExpectedConditions.elementToBeClickable(By.id("participant:engagements:0:close")))
        .click();
    // The end date is today's already.
    type(By.id("close-form:reason"), Field.CLOSURE_REASON.text);
    submit("close-form:confirm-close");
    awaitText("participant:messages", "Ärendet är avslutat.");
    check("the participant page after closing a case", Field.CLOSURE_REASON);

    open(participantPage);
    check(
        "the participant page",
        Field.FIRST_NAME,
        Field.FIRST_NAME_EDITED,
        Field.LAST_NAME,
        Field.LAST_NAME_EDITED,
        Field.LANGUAGE,
        Field.LANGUAGE_EDITED,
        Field.STREET_EDITED,
        Field.POSTAL_CODE,
        Field.CITY,
        Field.PHONE,
        Field.EMAIL,
        Field.REPRESENTATIVE,
        Field.REPRESENTATIVE_CONTACT,
        Field.UNIT_NAME,
        Field.NOTE_API,
        Field.NOTE_PAGE,
        Field.PROTECTION_LIFTING_REASON,
        Field.CLOSURE_REASON,
        Field.AF_FIRST_NAME,
        Field.AF_LAST_NAME);

    search(NEWEST_NUMBER);
    check("FK's search results", Field.FIRST_NAME_EDITED, Field.LAST_NAME_EDITED);

    open("/consent/list.xhtml?ref=" + reference);
    check(
        "the consent page as written through the API",
        Field.EXCLUSIONS_API,
        Field.FILE_NAME_API,
        Field.CONFIRMATION_API,
        Field.AF_EXCLUSIONS_1,
        Field.AF_EXCLUSIONS_2,
        Field.AF_EXCLUSIONS_3,
        Field.DECLINE_API,
        Field.CONFIRMATION_BEFORE_REVOCATION,
        Field.RESTRICTION_API,
        Field.RESTRICTION_LIFTED_API,
        Field.RESTRICTION_LIFTING_API);

    Chromium.tick(browser, "#consents\\:agencies input[value='REGION']");
    Chromium.tick(browser, "#consents\\:categories input[value='NOTES']");
    new Select(browser.findElement(By.id("consents:purpose"))).selectByValue("INTERVENTION");
    type(By.id("consents:purpose-text"), Field.PURPOSE_PAGE.text);
    type(By.id("consents:exclusions"), Field.EXCLUSIONS_PAGE.text);
    new Select(browser.findElement(By.id("consents:given-by"))).selectByValue("GUARDIAN");
    type(By.id("consents:given-by-name"), Field.GIVEN_BY_NAME_PAGE.text);
    type(By.id("consents:document"), Field.DOCUMENT_REFERENCE_PAGE.text);
    submit("consents:record");
    awaitText("consents:messages", "Samtycket är registrerat.");
    check("the consent page after recording a consent", Field.EXCLUSIONS_PAGE);

    Path signed =
        Files.createDirectories(Path.of("target", "stored-script"))
            .resolve(Field.FILE_NAME_PAGE.text);
    Files.writeString(signed, "%PDF-1.4 undertecknat");
    int recorded = rowWith("consents:list", Field.EXCLUSIONS_PAGE.text);
    browser.findElement(By.id("consents:list:" + recorded + ":upload")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form:confirm-upload")));
    browser
        .findElement(By.id("upload-form:file_input"))
        .sendKeys(signed.toAbsolutePath().toString());
    browser.findElement(By.id("upload-form:confirm-upload")).click();
    awaitText("consents:list:" + recorded + ":document", Field.FILE_NAME_PAGE.text);
    check("the consent page after uploading a form", Field.FILE_NAME_PAGE, Field.FILE_NAME_API);

    new Select(browser.findElement(By.id("consents:restriction-agency")))
        .selectByValue("KOMMUN-0140");
    Chromium.tick(browser, "#consents\\:restriction-categories input[value='NOTES']");
    type(By.id("consents:restriction-reason"), Field.RESTRICTION_PAGE.text);
    submit("consents:restrict");
    awaitText("consents:messages", "Spärren är registrerad.");
    check("the consent page after recording a restriction", Field.RESTRICTION_PAGE);
    int restriction = rowWith("consents:restrictions", Field.RESTRICTION_PAGE.text);
    browser.findElement(By.id("consents:restrictions:" + restriction + ":lift")).click();
    type(By.id("lift-form:lifting-reason"), Field.RESTRICTION_LIFTING_PAGE.text);
    submit("lift-form:confirm-lift");
    awaitText("consents:messages", "Spärren är hävd.");
    check("the consent page after lifting a restriction", Field.RESTRICTION_LIFTING_PAGE);

    int confirming = rowWith("consents:list", Field.AF_EXCLUSIONS_1.text);
    browser.findElement(By.id("consents:list:" + confirming + ":answer")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-form:confirm")));
    Chromium.tick(browser, "#answer-form\\:basis input[value='OTHER']");
    type(By.id("answer-form:text"), Field.CONFIRMATION_PAGE.text);
    submit("answer-form:confirm");
    awaitText("consents:messages", "Er myndighet har bekräftat samtycket.");
    check("the consent page after confirming a consent", Field.CONFIRMATION_PAGE);

    int revoking = rowWith("consents:list", Field.AF_EXCLUSIONS_3.text);
    browser.findElement(By.id("consents:list:" + revoking + ":revoke")).click();
    type(By.id("revoke-form:reason"), Field.REVOCATION_PAGE.text);
    submit("revoke-form:confirm-revoke");
    awaitText("consents:messages", "Bekräftelsen är tillbakatagen.");
    check("the consent page after taking a confirmation back", Field.REVOCATION_PAGE);

    int withdrawing = rowWith("consents:list", Field.EXCLUSIONS_PAGE.text);
    browser.findElement(By.id("consents:list:" + withdrawing + ":withdraw")).click();
    type(By.id("withdraw-form:reason"), Field.WITHDRAWAL_PAGE.text);
    submit("withdraw-form:confirm-withdraw");
    awaitText("consents:messages", "Samtycket är återkallat.");
    check("the consent page after withdrawing a consent", Field.WITHDRAWAL_PAGE);

    open("/consent/list.xhtml?ref=" + reference);
    check(
        "the consent page",
        Field.EXCLUSIONS_API,
        Field.EXCLUSIONS_PAGE,
        Field.FILE_NAME_API,
        Field.FILE_NAME_PAGE,
        Field.CONFIRMATION_API,
        Field.AF_EXCLUSIONS_1,
        Field.AF_EXCLUSIONS_2,
        Field.AF_EXCLUSIONS_3,
        Field.CONFIRMATION_PAGE,
        Field.DECLINE_API,
        Field.REVOCATION_PAGE,
        Field.WITHDRAWAL_PAGE,
        Field.RESTRICTION_API,
        Field.RESTRICTION_PAGE,
        Field.RESTRICTION_LIFTING_PAGE,
        Field.RESTRICTION_LIFTED_API,
        Field.RESTRICTION_LIFTING_API);
    open("/index.xhtml");
    check("FK's start page with the consents answered");
    logOut();
  }

  /** Under the consents, Arbetsförmedlingen reads FK's identity record and notes beside its own. */
  private void afReadsWhatTheConsentsDisclose(String reference) {
    Chromium.logIn(browser, DemoUser.AF_CASE_WORKER);
    check("AF's start page");
    open("/participant/view.xhtml?ref=" + reference);
    check(
        "the participant page as AF sees it",
        Field.AF_FIRST_NAME,
        Field.AF_LAST_NAME,
        Field.FIRST_NAME_EDITED,
        Field.LAST_NAME_EDITED,
        Field.LANGUAGE_EDITED,
        Field.NOTE_API,
        Field.NOTE_PAGE);
    search(NEWEST_NUMBER);
    check("AF's search results", Field.AF_FIRST_NAME, Field.AF_LAST_NAME);
    open("/consent/list.xhtml?ref=" + reference);
    check(
        "the consent page as AF sees it",
        Field.EXCLUSIONS_API,
        Field.FILE_NAME_API,
        Field.CONFIRMATION_API,
        Field.AF_EXCLUSIONS_1,
        Field.AF_EXCLUSIONS_2,
        Field.AF_EXCLUSIONS_3,
        Field.CONFIRMATION_PAGE,
        Field.DECLINE_API,
        Field.REVOCATION_PAGE);
    logOut();
  }

  /** The region, engaged with nobody of that number, gives its reason on the search page. */
  private void regionOpensThePersonInAnEmergency(String reference) {
    Chromium.logIn(browser, DemoUser.REGION_CASE_WORKER);
    search(NEWEST_NUMBER);
    type(By.id("search:emergency-reason"), Field.EMERGENCY_PAGE.text);
    browser.findElement(By.id("search:emergency-open")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("search:confirm-yes"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(reference))).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("participant:emergency-banner")));
    check(
        "the participant page under emergency access",
        Field.FIRST_NAME_EDITED,
        Field.LAST_NAME_EDITED,
        Field.NOTE_API,
        Field.NOTE_PAGE);
    open("/consent/list.xhtml?ref=" + reference);
    check("the consent page under emergency access");
    logOut();
  }

  /** The förbund's auditor reads the emergency queue, reviews one, and the consent register. */
  private void theAuditorReviewsTheRegisters() {
    Chromium.logIn(browser, DemoUser.AUDITOR);
    check("the auditor's start page");
    open("/audit/emergency.xhtml");
    int row = rowOnAnyPage("queue:accesses", Field.EMERGENCY_API.text);
    check("the emergency review queue", Field.EMERGENCY_API);
    browser.findElement(By.id("queue:accesses:" + row + ":review")).click();
    type(By.id("review-form:note"), Field.REVIEW_NOTE_PAGE.text);
    submit("review-form:confirm-review");
    awaitText("queue:messages", "Nödåtkomsten är markerad som granskad.");
    check("the emergency review queue after a review");
    open("/audit/emergency.xhtml");
    row = rowOnAnyPage("queue:accesses", Field.EMERGENCY_PAGE.text);
    check("the emergency review queue", Field.EMERGENCY_PAGE);
    browser.findElement(By.id("queue:accesses:" + row + ":review")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form:note")));
    submit("review-form:confirm-review");
    awaitText("queue:messages", "Nödåtkomsten är markerad som granskad.");
    check("the emergency review queue after the second review");

    open("/audit/consents.xhtml");
    int withdrawn = rowWith("register:consents", Field.WITHDRAWAL_PAGE.text);
    check("the consent register", Field.WITHDRAWAL_PAGE);
    browser.findElement(By.id("register:consents:" + withdrawn + ":history")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log:entries")));
    check("the participant's access log");
    open("/audit/log.xhtml");
    check("the access log");
    logOut();
  }

  // --- writing through the API

  private static long consent(
      String token, String reference, List<String> categories, Field purpose, Field exclusions)
      throws IOException, InterruptedException {
    return consent(token, reference, categories, purpose, exclusions, null, null);
  }

  private static long consent(
      String token,
      String reference,
      List<String> categories,
      Field purpose,
      Field exclusions,
      Field givenByName,
      Field documentReference)
      throws IOException, InterruptedException {
    LocalDate today = LocalDate.now(SWEDEN);
    JsonArrayBuilder named = Json.createArrayBuilder();
    categories.forEach(named::add);
    JsonObjectBuilder terms =
        Json.createObjectBuilder()
            .add("agencies", Json.createArrayBuilder().add("FK").add("AF"))
            .add("categories", named)
            .add("purpose", purpose == null ? "SIP" : "OTHER")
            .add("exclusions", exclusions.text)
            .add("form", "ORAL_DOCUMENTED")
            .add("givenBy", givenByName == null ? "PARTICIPANT" : "GUARDIAN")
            .add("validFrom", today.toString())
            .add("validUntil", today.plusMonths(2).toString());
    if (purpose != null) {
      terms.add("purposeText", purpose.text);
    }
    if (givenByName != null) {
      terms.add("givenByName", givenByName.text);
    }
    if (documentReference != null) {
      terms.add("documentReference", documentReference.text);
    }
    HttpResponse<String> recorded =
        Api.ok(
            Api.post(
                token, "/api/participants/" + reference + "/consents", terms.build().toString()));
    return Api.json(recorded.body()).asJsonObject().getJsonNumber("id").longValue();
  }

  private static void answer(String token, long consent, String path, String basis, Field text)
      throws IOException, InterruptedException {
    String body =
        basis == null
            ? reason(text)
            : Json.createObjectBuilder()
                .add("basis", basis)
                .add("text", text.text)
                .build()
                .toString();
    Api.ok(Api.post(token, "/api/consents/" + consent + "/" + path, body));
  }

  private static long restriction(
      String token, String reference, String agency, String category, Field reason)
      throws IOException, InterruptedException {
    JsonObject created =
        Api.json(
                Api.ok(
                        Api.post(
                            token,
                            "/api/participants/" + reference + "/restrictions",
                            Json.createObjectBuilder()
                                .add("agency", agency)
                                .add("categories", Json.createArrayBuilder().add(category))
                                .add("reason", reason.text)
                                .build()
                                .toString()))
                    .body())
            .asJsonObject();
    return created.getJsonNumber("id").longValue();
  }

  private static String reason(Field reason) {
    return Json.createObjectBuilder().add("reason", reason.text).build().toString();
  }

  // --- the browser

  /**
   * Asserts that nothing of a payload ran or was blocked since the page was loaded, that no markup
   * of one is in it, and that it shows each field given as text.
   */
  private void check(String where, Field... shown) {
    try {
      String text = browser.switchTo().alert().getText();
      fail(where + ": an alert is open: " + text);
    } catch (NoAlertPresentException expected) {
      // nothing opened one
    }
    Chromium.settle(browser);
    pagesChecked.add(where);
    String at = where + " (" + browser.getCurrentUrl() + ")";
    assertEquals(
        List.of("nothing"),
        script(
            "return window.__xssSeen ? (window.__xssSeen.length ? window.__xssSeen : ['nothing'])"
                + " : ['the hook was not installed'];"),
        at + ": a script ran, was called or was blocked");
    assertEquals(List.of(), script(INJECTED_MARKUP), at + ": markup of a payload is in the page");
    String text = (String) ((JavascriptExecutor) browser).executeScript(READABLE_TEXT);
    for (Field field : shown) {
      assertTrue(text.contains(field.text), at + " shows " + field + " as text: " + field.text);
    }
    assertAccessible("stored script " + pagesChecked.size() + " " + where);
  }

  @SuppressWarnings("unchecked")
  private List<Object> script(String script) {
    return (List<Object>) ((JavascriptExecutor) browser).executeScript(script);
  }

  private void open(String path) {
    browser.get(TestConfiguration.baseUrl() + path);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  private void search(String number) {
    open("/participant/search.xhtml");
    type(By.id("search:query"), number);
    browser.findElement(By.id("search:submit")).click();
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.visibilityOfElementLocated(By.id("search:results")),
            ExpectedConditions.visibilityOfElementLocated(By.id("search:no-match"))));
    Chromium.settle(browser);
  }

  private void type(By field, String text) {
    WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
    element.clear();
    element.sendKeys(text);
  }

  /** Clicks a button that sends a PrimeFaces request and waits until its answer is in the page. */
  private void submit(String id) {
    browser.findElement(By.id(id)).click();
    Chromium.settle(browser);
  }

  private void awaitText(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  /**
   * Chooses an option of a PrimeFaces select menu by its label, which may hold any character (so
   * not through a CSS selector), through the widget, as a click on the item does, and checks that
   * the menu shows the label chosen. (A click on the item itself is lost now and then while the
   * panel opens, and more often when a long label makes the panel wider than the window.)
   */
  private void choose(String menuId, String label) {
    Object chosen =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const option = [...document.getElementById(arguments[0] + '_input').options]"
                    + " .find(o => o.textContent === arguments[1]);"
                    + " if (!option) return false;"
                    + " PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);"
                    + " return true;",
                menuId,
                label);
    assertEquals(true, chosen, menuId + " offers " + label);
    Chromium.settle(browser);
    assertEquals(label, browser.findElement(By.id(menuId + "_label")).getText(), menuId);
  }

  /** The row index (as the ids of a row's buttons carry it) of the data table row with the text. */
  private int rowWith(String tableId, String text) {
    Chromium.settle(browser);
    for (WebElement row :
        browser.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr[data-ri]"))) {
      if (row.getText().contains(text)) {
        return Integer.parseInt(row.getAttribute("data-ri"));
      }
    }
    throw new AssertionError("no row of " + tableId + " shows " + text);
  }

  /** The same, paging through a table that other tests may have filled. */
  private int rowOnAnyPage(String tableId, String text) {
    for (int page = 0; page < 20; page++) {
      try {
        return rowWith(tableId, text);
      } catch (AssertionError notOnThisPage) {
        List<WebElement> next =
            browser.findElements(
                By.cssSelector(
                    "[id='" + tableId + "'] .ui-paginator-next:not(.ui-state-disabled)"));
        if (next.isEmpty()) {
          throw notOnThisPage;
        }
        next.get(0).click();
      }
    }
    throw new AssertionError("no row of " + tableId + " shows " + text);
  }

  private void logOut() {
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }

  /**
   * The free-text fields, each with its payload: as many of the payload kinds as the field's limit
   * holds, the first one varied from field to field, each marked with the field's name so that a
   * failure names the field that ran.
   */
  private enum Field {
    AGENCY_NAME(200),
    /** Sorted after the demo units in any collation, so that no other test finds it first. */
    UNIT_NAME(200, "Östra enheten "),
    OFFICE_NAME(200, "Östra kansliet "),
    FIRST_NAME(100),
    LAST_NAME(100),
    LANGUAGE(50),
    STREET(200),
    POSTAL_CODE(10),
    CITY(100),
    PHONE(40),
    EMAIL(200),
    REPRESENTATIVE(200),
    REPRESENTATIVE_CONTACT(200),
    AF_FIRST_NAME(100),
    AF_LAST_NAME(100),
    DUPLICATE_FIRST_NAME(100),
    DUPLICATE_LAST_NAME(100),
    DUPLICATE_LANGUAGE(50),
    DUPLICATE_STREET(200),
    FIRST_NAME_EDITED(100),
    LAST_NAME_EDITED(100),
    LANGUAGE_EDITED(50),
    STREET_EDITED(200),
    NOTE_API(2000),
    NOTE_PAGE(2000),
    NUMBER_CHANGE_REASON_API(1000),
    NUMBER_CHANGE_REASON_PAGE(1000),
    PROTECTION_LIFTING_REASON(1000),
    MERGE_REASON(1000),
    CLOSURE_REASON(500),
    PURPOSE_API(1000),
    EXCLUSIONS_API(1000),
    GIVEN_BY_NAME_API(1000),
    DOCUMENT_REFERENCE_API(1000),
    PURPOSE_PAGE(1000),
    EXCLUSIONS_PAGE(1000),
    GIVEN_BY_NAME_PAGE(1000),
    DOCUMENT_REFERENCE_PAGE(1000),
    AF_EXCLUSIONS_1(1000),
    AF_EXCLUSIONS_2(1000),
    AF_EXCLUSIONS_3(1000),
    /** A file name: no slash, and no double quote, which ends the name in Content-Disposition. */
    FILE_NAME_API(255, "", ".pdf", "/\\\""),
    /** PrimeFaces refuses a file name with any of the characters Windows or Linux forbid. */
    FILE_NAME_PAGE(255, "", ".pdf", "/\\\":*?<>|"),
    CONFIRMATION_API(1000),
    CONFIRMATION_PAGE(1000),
    DECLINE_API(1000),
    CONFIRMATION_BEFORE_REVOCATION(1000),
    REVOCATION_PAGE(1000),
    WITHDRAWAL_PAGE(1000),
    RESTRICTION_API(1000),
    RESTRICTION_PAGE(1000),
    RESTRICTION_LIFTED_API(1000),
    RESTRICTION_LIFTING_API(1000),
    RESTRICTION_LIFTING_PAGE(1000),
    EMERGENCY_API(1000),
    EMERGENCY_PAGE(1000),
    REVIEW_NOTE_PAGE(1000);

    final String text;

    Field(int maxLength) {
      this(maxLength, "");
    }

    Field(int maxLength, String prefix) {
      this(maxLength, prefix, "", "");
    }

    Field(int maxLength, String prefix, String suffix, String forbidden) {
      String tag = name().toLowerCase(Locale.ROOT).replace('_', '-');
      text =
          prefix + payload(tag, maxLength - prefix.length() - suffix.length(), forbidden) + suffix;
    }

    private String payload(String tag, int room, String forbidden) {
      List<String> kinds =
          List.of(
              "<img src=x onerror=\"window.__xss='" + tag + "'\">",
              "\"><svg onload=\"alert('xss " + tag + "')\">",
              "</script><script>window.__xss='" + tag + "'</script>",
              "javascript:alert('xss " + tag + "')",
              "';window.__xss='" + tag + "';'",
              "<img src=x onerror=window.__xss='" + tag + "'>",
              "&lt;img src=x onerror=window.__xss='" + tag + "'&gt;",
              "&#x3C;svg onload=alert('xss " + tag + "')&#x3E;");
      // First the field's own kind, then markup (an element with a handler), then the rest.
      List<Integer> order = new ArrayList<>(List.of(0, 1, 5, 2, 3, 4, 6, 7));
      order.add(0, order.remove(order.indexOf(ordinal() % kinds.size())));
      StringBuilder payload = new StringBuilder();
      for (int index : order) {
        String kind = kinds.get(index);
        boolean allowed = kind.chars().noneMatch(c -> forbidden.indexOf(c) >= 0);
        if (allowed && payload.length() + kind.length() <= room) {
          payload.append(kind);
        }
      }
      if (payload.isEmpty()) {
        String shortest = "\"'><b>" + tag;
        return shortest.substring(0, Math.min(shortest.length(), room));
      }
      return payload.toString();
    }
  }
}
