package se.samsyn.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The journey mix through the REST API, open model: journeys arrive at the step's rate
 * whatever the server's speed, each as one of the logged-in staff with its bearer token.
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
    ChainBuilder findByNumberAndOpen =
        asCaseWorker
            .exec(
                authorised(
                    http("search by number")
                        .post(api + "/participants/search")
                        .body(StringBody("{\"query\":\"#{number}\"}"))
                        .check(
                            jmesPath("[*].reference")
                                .ofList()
                                .transformWithSession(
                                    (found, session) ->
                                        found.contains(session.getString("reference")))
                                .is(true))))
            .exitHereIfFailed()
            .exec(
                authorised(http("open found participant").get(api + "/participants/#{reference}")));
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

  /** A consent applies between at least two authorities. */
  private static String otherAuthority(String agency) {
    return agency.equals("FK") ? "AF" : "FK";
  }

  private static HttpRequestActionBuilder authorised(HttpRequestActionBuilder request) {
    return request.header("Authorization", "Bearer #{token}");
  }
}
