package se.samsyn.consent;

/** A document size as the pages state a limit: whole megabytes, or kilobytes below one. */
public final class DocumentSize {

  private static final long KILOBYTE = 1024;
  private static final long MEGABYTE = KILOBYTE * KILOBYTE;

  private DocumentSize() {}

  /** Rounded down, so that the limit a page states is never above the one applied. */
  public static String readable(long bytes) {
    return bytes >= MEGABYTE ? bytes / MEGABYTE + " MB" : bytes / KILOBYTE + " kB";
  }
}
