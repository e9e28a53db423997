package se.samsyn.test;

import java.util.concurrent.TimeUnit;

/** Stops a started server together with the processes it started itself. */
public final class Processes {

  private Processes() {}

  public static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
