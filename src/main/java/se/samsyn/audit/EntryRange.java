package se.samsyn.audit;

/**
 * The ids of the entries a verification recomputes, first to last; the checkpoints around them are
 * checked as a chain without their entries.
 */
record EntryRange(long first, long last, long count) {

  static final EntryRange WHOLE_LOG = new EntryRange(1, Long.MAX_VALUE, -1);

  boolean isWholeLog() {
    return this == WHOLE_LOG;
  }

  /** Whether any entry with an id from {@code from} to {@code to} is in the range. */
  boolean overlaps(long from, long to) {
    return from <= last && to >= first;
  }
}
