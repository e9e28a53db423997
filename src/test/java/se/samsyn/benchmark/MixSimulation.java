package se.samsyn.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The journey mix, open model: journeys arrive at the step's rate whatever the server's
 * speed, each as one of the logged-in staff: finding a participant by number and opening their page
 * through the pages, in the staff member's browser session with the JSF view state; the others
 * through the REST API with the staff member's bearer token.
 */
public class MixSimulation extends Simulation {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  public MixSimulation() {
    LoadStep step = LoadStep.current();
    BenchmarkContext context = LoadStep.context();
    String api = context.baseUrl() + "/api";
    ChainBuilder asCaseWorker =
        exec(
            session ->
                session.set(
                    "token",
                    context
                        .tokens()
                        .accessToken(
                            BaselineSimulation.any(
                                context.caseWorkers().get(session.getString("agency"))))));
    ChainBuilder asAuditor =
        exec(
            session ->
                session.set(
                    "token",
                    context.tokens().accessToken(BaselineSimulation.any(context.auditors()))));
    String site = context.baseUrl();
    ChainBuilder inCaseWorkersBrowser =
        exec(
            session -> {
              String user =
                  BaselineSimulation.any(context.caseWorkers().get(session.getString("agency")));
              Map<String, String> jar = context.browsers().jar(user);
              Session withCookies = session.set(JAR, jar);
              for (Map.Entry<String, String> cookie : jar.entrySet()) {
                withCookies = withCookies.set(COOKIE + cookie.getKey(), cookie.getValue());
              }
              return withCookies;
            });
    for (String name : context.browsers().cookieNames()) {
      inCaseWorkersBrowser =
          inCaseWorkersBrowser.exec(
              addCookie(
                  Cookie(name, "#{" + COOKIE + name + "}").withDomain("localhost").withPath("/")));
    }
    ChainBuilder findByNumberAndOpen =
        inCaseWorkersBrowser
            .exec(
                page(http("page: search").get(site + SEARCH_PAGE))
                    .check(
                        status().is(200),
                        css(VIEW_STATE, "value").saveAs("viewState"),
                        regex(PRIMEFACES_NONCE).saveAs("nonce")))
            .exitHereIfFailed()
            .exec(
                page(http("page: search by number").post(site + SEARCH_PAGE))
                    // What PrimeFaces sends for the search button: an Ajax request of the form.
                    .header("Faces-Request", "partial/ajax")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .formParam("jakarta.faces.partial.ajax", "true")
                    .formParam("jakarta.faces.source", "search:submit")
                    .formParam("jakarta.faces.partial.execute", "search")
                    .formParam("jakarta.faces.partial.render", "search")
                    .formParam("search:submit", "search:submit")
                    .formParam("search", "search")
                    .formParam("search:query", "#{number}")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    // PrimeFaces' script adds the page's nonce to every post
                    // (Content-Security-Policy).
                    .formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200), substring("ref=#{reference}")))
            .exitHereIfFailed()
            .exec(
                page(http("page: open participant").get(site + PARTICIPANT_PAGE))
                    .queryParam("ref", "#{reference}")
                    .check(
                        status().is(200),
                        // The masked number the page shows: the participant, not a login form.
                        substring(session -> session.getString("number").substring(0, 8) + "-")))
            .exec(leaveCookiesInJar(context.browsers().cookieNames()));
    ChainBuilder gatedRead =
        asCaseWorker.exec(authorised(http("gated read").get(api + "/participants/#{reference}")));
    ChainBuilder timeline =
        asCaseWorker.exec(
            authorised(http("timeline").get(api + "/participants/#{reference}/timeline")));
    ChainBuilder writeNote =
        asCaseWorker.exec(
            authorised(
                http("write note")
                    .post(api + "/participants/#{reference}/notes")
                    .body(
                        StringBody(
                            session ->
                                "{\"date\":\""
                                    + LocalDate.now(STOCKHOLM)
                                    + "\",\"category\":\"NOTES\",\"text\":\"Benchmark note\"}"))
                    .check(status().is(201))));
    ChainBuilder recordAndWithdrawConsent =
        asCaseWorker
            .exec(
                authorised(
                    http("record consent")
                        .post(api + "/participants/#{reference}/consents")
                        .body(
                            StringBody(
                                session ->
                                    "{\"agencies\":[\""
                                        + session.getString("agency")
                                        + "\",\""
                                        + otherAuthority(session.getString("agency"))
                                        + "\"],\"categories\":[\"NOTES\"],\"purpose\":\"SIP\","
                                        + "\"form\":\"WRITTEN\",\"givenBy\":\"PARTICIPANT\","
                                        + "\"validFrom\":\""
                                        + LocalDate.now(STOCKHOLM)
                                        + "\",\"validUntil\":\""
                                        + LocalDate.now(STOCKHOLM).plusYears(1)
                                        + "\"}"))
                        .check(status().is(201), jmesPath("id").saveAs("consent"))))
            // Without a recorded consent there is nothing to withdraw: one error, not two.
            .exitHereIfFailed()
            .exec(
                authorised(
                    http("withdraw consent")
                        .post(api + "/consents/#{consent}/withdrawal")
                        .body(StringBody("{\"reason\":\"Benchmark withdrawal\"}"))));
    ChainBuilder searchByName =
        asCaseWorker.exec(
            authorised(
                http("search by name")
                    .post(api + "/participants/search")
                    .body(StringBody("{\"query\":\"#{lastName}\"}"))));
    ChainBuilder participantHistory =
        asAuditor.exec(
            authorised(
                http("auditor: participant history")
                    .get(api + "/audit/entries")
                    .queryParam("participant", "#{id}")
                    .queryParam(
                        "from",
                        session ->
                            LocalDate.now(STOCKHOLM)
                                .minusYears(5)
                                .atStartOfDay(STOCKHOLM)
                                .toInstant()
                                .toString())));
    ChainBuilder dayAsCsv =
        asAuditor.exec(
            authorised(
                http("auditor: one day as CSV")
                    .get(api + "/audit/entries.csv")
                    .header("Accept", "text/csv")
                    .queryParam("from", context.dayToExport())
                    .queryParam("to", context.dayAfterExport())));
    ChainBuilder verification =
        asAuditor.exec(
            authorised(
                http("auditor: log verification")
                    .get(api + "/audit/verification")
                    .queryParam("from", context.dayToExport())
                    .queryParam("to", context.dayAfterExport())));
    ChainBuilder refusedRead =
        feed(listFeeder(context.foreignReads()).random())
            .exec(asCaseWorker)
            .exec(
                authorised(
                    http("refused read by another authority")
                        .get(api + "/participants/#{reference}")
                        .check(status().is(404))));

    setUp(
            scenario(step.name())
                .feed(listFeeder(context.participants()).random())
                .randomSwitch()
                .on(
                    percent(30).then(findByNumberAndOpen),
                    percent(20).then(gatedRead),
                    percent(15).then(timeline),
                    percent(10).then(writeNote),
                    percent(5).then(recordAndWithdrawConsent),
                    percent(10).then(searchByName),
                    percent(5).then(participantHistory),
                    percent(2).then(dayAsCsv),
                    percent(1).then(verification),
                    percent(2).then(refusedRead))
                .injectOpen(constantUsersPerSec(step.rate()).during(step.duration())))
        .protocols(
            http.disableWarmUp()
                .shareConnections()
                .acceptHeader("application/json")
                .contentTypeHeader("application/json"));
  }

  static final String SEARCH_PAGE = "/participant/search.xhtml";
  static final String PARTICIPANT_PAGE = "/participant/view.xhtml";
  static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";
  private static final String PRIMEFACES_NONCE = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";

  /** The prefix of the session attributes that hold the browser session's cookies. */
  private static final String COOKIE = "cookie_";

  private static final String JAR = "cookieJar";

  /** The cookies the journey ends with go back into its session's jar, for the next journey. */
  private static ChainBuilder leaveCookiesInJar(java.util.Set<String> names) {
    ChainBuilder chain = exec(session -> session);
    for (String name : names) {
      chain =
          chain.exec(getCookieValue(CookieKey(name).withDomain("localhost").saveAs(COOKIE + name)));
    }
    return chain.exec(
        session -> {
          Map<String, String> jar = session.get(JAR);
          names.forEach(name -> jar.put(name, session.getString(COOKIE + name)));
          return session;
        });
  }

  /** A page as the browser asks for it, not as JSON. */
  private static HttpRequestActionBuilder page(HttpRequestActionBuilder request) {
    return request.header("Accept", "text/html,application/xhtml+xml");
  }

  /** A consent applies between at least two authorities. */
  private static String otherAuthority(String agency) {
    return agency.equals("FK") ? "AF" : "FK";
  }

  private static HttpRequestActionBuilder authorised(HttpRequestActionBuilder request) {
    return request.header("Authorization", "Bearer #{token}");
  }
}
