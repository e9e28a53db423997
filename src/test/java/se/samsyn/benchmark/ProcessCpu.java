package se.samsyn.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of a server from /proc: its own and its live descendants' user and system time, plus
 * what it reaped of exited children (PostgreSQL's backends end with their connections).
 */
final class ProcessCpu {

  /** USER_HZ, 100 on every Linux this runs on. */
  private static final long TICKS_PER_SECOND = 100;

  private ProcessCpu() {}

  static long millis(long pid) {
    long ownAndReaped = ticks(pid, true);
    long descendants =
        ProcessHandle.of(pid).stream()
            .flatMap(ProcessHandle::descendants)
            .mapToLong(child -> ticks(child.pid(), false))
            .sum();
    return (ownAndReaped + descendants) * 1000 / TICKS_PER_SECOND;
  }

  /** The parent of a process, to find PostgreSQL's postmaster from one of its backends. */
  static long parent(long pid) {
    return Long.parseLong(fields(pid)[1]);
  }

  private static long ticks(long pid, boolean withReapedChildren) {
    try {
      String[] fields = fields(pid);
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return withReapedChildren
          ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14])
          : ticks;
    } catch (UncheckedIOException exited) {
      return 0;
    }
  }

  /** The fields after the command name, which may itself hold spaces: state is index 0. */
  private static String[] fields(long pid) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "stat"))) {
      String stat = lines.findFirst().orElseThrow();
      return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
