package se.samsyn.audit.rest;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessLogFilter;
import se.samsyn.audit.InvalidPeriodException;

/** The filter query parameters of the access-log endpoints. */
public class AccessLogQuery {

  @QueryParam("participant")
  private Long participant;

  @QueryParam("staff")
  private String staff;

  @QueryParam("agency")
  private String agency;

  /** ISO-8601 instants such as 2026-11-22T08:00:00Z. */
  @QueryParam("from")
  private String from;

  @QueryParam("to")
  private String to;

  @QueryParam("action")
  private AccessAction action;

  @QueryParam("decision")
  private AccessDecision decision;

  /** OWN_AUTHORITY, CONSENT, EMERGENCY or NONE. */
  @QueryParam("basis")
  private AccessBasis basis;

  /** The reads a consent permitted. */
  @QueryParam("consent")
  private Long consent;

  AccessLogFilter filter() {
    return new AccessLogFilter(
        participant,
        staff,
        agency,
        instant(from, "from"),
        instant(to, "to"),
        action,
        decision,
        basis,
        consent);
  }

  /**
   * An ISO-8601 instant, or null when none is given.
   *
   * @param field the query parameter's name, which the error names
   */
  static Instant instant(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidPeriodException("audit.period.instant").about(field);
    }
  }
}
