package se.samsyn.platform.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * The version an edit carries as {@code If-Match}, the ETag a GET gave: so that an edit never
 * overwrites one it has not seen (412), and an edit that does not say what it edits is refused
 * (428) instead of silently winning.
 */
public final class EditedVersion {

  private EditedVersion() {}

  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * @throws PreconditionException 428 without a version ({@code *} names none), 412 for a weak or
   *     malformed tag, which can never match
   */
  public static long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      throw new PreconditionException(428, "rest.precondition.required");
    }
    String tag = ifMatch.strip();
    if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      try {
        return Long.parseLong(tag.substring(1, tag.length() - 1));
      } catch (NumberFormatException e) {
        throw stale();
      }
    }
    throw stale();
  }

  /** 412: the record changed since the caller read it. */
  public static PreconditionException stale() {
    return new PreconditionException(412, "rest.precondition.failed");
  }

  /** A 412 or 428 with the reason's bundle key, answered in the caller's language. */
  public static class PreconditionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;

    PreconditionException(int status, String messageKey) {
      super(messageKey);
      this.status = status;
      this.messageKey = messageKey;
    }

    int status() {
      return status;
    }

    String messageKey() {
      return messageKey;
    }
  }
}
