package se.samsyn.benchmark;

import java.time.Duration;

/**
 * One Gatling run of the benchmark: an open-model step of the journey mix at a rate of journeys per
 * second, or a closed-model saturation of one baseline target by a fixed number of clients. Gatling
 * instantiates the simulations itself, so the harness hands each its step through {@link #current}.
 */
record LoadStep(String name, Target target, double rate, int clients, Duration duration) {

  enum Target {
    MIX,
    HEALTH,
    STATIC_FILE,
    GATED_READ
  }

  private static volatile LoadStep current;
  private static volatile BenchmarkContext context;

  static LoadStep mix(String name, double journeysPerSecond, Duration duration) {
    return new LoadStep(name, Target.MIX, journeysPerSecond, 0, duration);
  }

  static LoadStep saturation(String name, Target target, int clients, Duration duration) {
    return new LoadStep(name, target, 0, clients, duration);
  }

  static void prepare(LoadStep step, BenchmarkContext runContext) {
    current = step;
    context = runContext;
  }

  static LoadStep current() {
    return current;
  }

  static BenchmarkContext context() {
    return context;
  }
}
