package se.samsyn.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends the checkpoints sealed since the last run to the checkpoint file in
 * samsyn.audit.checkpoint-export-dir, every samsyn.audit.checkpoint-export-interval: a place the
 * database administrator cannot write, shared by the nodes. Every node runs it; the export's claim
 * lets one node at a time do the work and the others skip.
 */
@Singleton
@Startup
public class AccessLogCheckpointExporter {

  private static final Logger LOGGER =
      Logger.getLogger(AccessLogCheckpointExporter.class.getName());

  @Inject private AuditService auditService;
  @Resource private TimerService timerService;

  /**
   * Read as text: MicroProfile Config finds no converter for {@link Path} (its {@code of} takes
   * varargs), so a directory read as a path failed the deployment.
   */
  @Inject
  @ConfigProperty(name = "samsyn.audit.checkpoint-export-dir")
  private Optional<String> directory;

  @Inject
  @ConfigProperty(name = "samsyn.audit.checkpoint-export-interval", defaultValue = "PT10M")
  private Duration interval;

  @PostConstruct
  void schedule() {
    if (directory.isEmpty()) {
      LOGGER.warning(
          "samsyn.audit.checkpoint-export-dir is not set: no checkpoints are exported, so a fully"
              + " recomputed log can be caught only against checkpoints exported by hand");
      return;
    }
    timerService.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
  }

  @Timeout
  void export() {
    try {
      auditService
          .exportCheckpoints(Path.of(directory.orElseThrow()))
          .ifPresentOrElse(
              lines -> LOGGER.fine(() -> "Exported " + lines + " access-log checkpoints"),
              () -> LOGGER.fine("Another node is exporting the access-log checkpoints"));
    } catch (IOException | RuntimeException e) {
      LOGGER.log(
          Level.WARNING, "Exporting access-log checkpoints failed; the next run tries again", e);
    }
  }
}
