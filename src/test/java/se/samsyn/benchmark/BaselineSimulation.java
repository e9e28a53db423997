package se.samsyn.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fixed number of clients sending one kind of request back to back for the step's duration: the
 * highest rate of the health endpoint, of a static file from nginx and of the consent-gated read,
 * on the same machine in the same run, so that their ratios mean something.
 */
public class BaselineSimulation extends Simulation {

  public BaselineSimulation() {
    LoadStep step = LoadStep.current();
    BenchmarkContext context = LoadStep.context();
    setUp(
            scenario(step.name())
                .during(step.duration())
                .on(request(step, context))
                .injectOpen(atOnceUsers(step.clients())))
        .protocols(http.disableWarmUp().shareConnections());
  }

  private static ChainBuilder request(LoadStep step, BenchmarkContext context) {
    return switch (step.target()) {
      case HEALTH -> CoreDsl.exec(http("health").get(context.baseUrl() + "/api/health"));
      case STATIC_FILE -> CoreDsl.exec(http("static file").get(context.staticFileUrl()));
      case GATED_READ ->
          CoreDsl.feed(listFeeder(context.participants()).random())
              .exec(
                  session ->
                      session.set(
                          "token",
                          context
                              .tokens()
                              .accessToken(
                                  any(context.caseWorkers().get(session.getString("agency"))))))
              .exec(
                  http("gated read")
                      .get(context.baseUrl() + "/api/participants/#{reference}")
                      .header("Authorization", "Bearer #{token}"));
      case MIX -> throw new IllegalArgumentException("The mix is MixSimulation's");
    };
  }

  static String any(List<String> usernames) {
    return usernames.get(ThreadLocalRandom.current().nextInt(usernames.size()));
  }
}
