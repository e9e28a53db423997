package se.samsyn.benchmark.dataset;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The consents, with the authorities and categories they name and the named authorities'
 * confirmations. Exactly a quarter each has expired, been withdrawn, awaits a named authority's
 * confirmation, or is in force and confirmed by every named authority. Each lies within the
 * application's limits: at least two authorities including the recording one, at most twelve
 * months, recorded after the participant was registered.
 */
final class Consents {

  enum State {
    EXPIRED,
    WITHDRAWN,
    AWAITING_CONFIRMATION,
    CONFIRMED
  }

  private static final String[] CATEGORIES = {
    "IDENTITY_AND_CONTACT",
    "ENGAGEMENTS",
    "NOTES",
    "ASSESSMENTS",
    "MEETINGS",
    "PLANS",
    "INTERVENTIONS",
    "HEALTH_DETAILS"
  };

  static int categoryIndex(String category) {
    return List.of(CATEGORIES).indexOf(category);
  }

  private static final String[] PURPOSES = {"SIP", "JOINT_ASSESSMENT", "INTERVENTION", "OTHER"};
  private static final String[] FORMS = {"WRITTEN", "ORAL_DOCUMENTED", "DIGITAL"};
  private static final List<String> PURPOSE_TEXTS =
      List.of(
          "Samordnad individuell plan",
          "Gemensam kartläggning inför arbetslivsinriktad rehabilitering",
          "Deltagande i Slussen till arbete",
          "Planering av stöd tillbaka till studier");
  private static final List<String> WITHDRAWAL_REASONS =
      List.of("Deltagaren återkallade muntligt", "Deltagaren vill inte längre dela uppgifter");
  private static final int MAXIMUM_DAYS = 365;
  private static final int NOTICE_DAYS = 14;

  /** What the access log needs of a consent to decide whether a read was permitted by it. */
  record Consent(
      long id,
      int participant,
      int recorder,
      int agencies,
      int categories,
      int releasing,
      long validFrom,
      long validUntil,
      long withdrawnAt,
      long recordedAt) {

    /** As {@code Consent.covers} decides: in force that day, released by the authoring one. */
    boolean covers(int from, int to, int category, Instant at) {
      long day = LocalDate.ofInstant(at, People.SWEDEN).toEpochDay();
      return day >= validFrom
          && day <= validUntil
          && at.toEpochMilli() < withdrawnAt
          && (agencies & bit(to)) != 0
          && (releasing & bit(from)) != 0
          && (categories & bit(category)) != 0;
    }
  }

  private final List<Consent> consents;
  private final List<List<Consent>> byParticipant;

  private Consents(List<Consent> consents, int participants) {
    this.consents = consents;
    this.byParticipant = new ArrayList<>(participants);
    for (int i = 0; i < participants; i++) {
      byParticipant.add(new ArrayList<>(0));
    }
    for (Consent consent : consents) {
      byParticipant.get(consent.participant()).add(consent);
    }
  }

  static Consents write(
      Connection connection,
      int count,
      SplittableRandom random,
      People people,
      Staffing staff,
      Instant now)
      throws SQLException, IOException {
    // Half ended (a quarter expired, the rest of the half withdrawn), a quarter awaiting, the rest
    // confirmed, whatever the count.
    State[] states = new State[count];
    int ended = count / 2;
    for (int i = 0; i < count; i++) {
      states[i] =
          i < count / 4
              ? State.EXPIRED
              : i < ended
                  ? State.WITHDRAWN
                  : i < ended + count / 4 ? State.AWAITING_CONFIRMATION : State.CONFIRMED;
    }
    shuffle(states, random);
    LocalDate today = LocalDate.ofInstant(now, People.SWEDEN);
    List<Consent> consents = new ArrayList<>(count);
    List<String[]> agencyRows = new ArrayList<>();
    List<String[]> categoryRows = new ArrayList<>();
    List<String[]> confirmationRows = new ArrayList<>();
    try (CopyRows consentRows =
        new CopyRows(
            connection,
            "consent",
            "id, participant_id, purpose_kind, purpose_text, form, given_by, given_by_name,"
                + " valid_from, valid_until, recorded_by, recorded_by_agency, recorded_at,"
                + " withdrawn_at, withdrawn_by, withdrawal_reason, expiry_noticed_at,"
                + " ending_noticed_at")) {
      for (int i = 0; i < count; i++) {
        long id = i + 1L;
        int participant = random.nextInt(people.count());
        List<People.Engagement> engagements = people.engagements(participant);
        People.Engagement recording = engagements.get(random.nextInt(engagements.size()));
        int recorder = recording.agencyIndex();
        int agencies = bit(recorder);
        for (People.Engagement other : engagements) {
          if (Integer.bitCount(agencies) < 3) {
            agencies |= bit(other.agencyIndex());
          }
        }
        while (Integer.bitCount(agencies) < 2) {
          agencies |= bit(random.nextInt(Authorities.MEMBERS.size()));
        }
        int categories = bit(0);
        for (int c = 1 + random.nextInt(4); c > 0; c--) {
          categories |= bit(random.nextInt(CATEGORIES.length));
        }
        State state = states[i];
        LocalDate registered = LocalDate.ofInstant(people.createdAt(participant), People.SWEDEN);
        LocalDate validFrom;
        LocalDate validUntil;
        int days = 30 + random.nextInt(MAXIMUM_DAYS - 30 + 1);
        if (state == State.AWAITING_CONFIRMATION || state == State.CONFIRMED) {
          LocalDate earliest = max(registered, today.minusDays(MAXIMUM_DAYS - 30));
          validFrom = between(random, earliest, today);
          validUntil = max(validFrom.plusDays(days), today.plusDays(1));
          validUntil =
              validUntil.isAfter(validFrom.plusDays(MAXIMUM_DAYS))
                  ? validFrom.plusDays(MAXIMUM_DAYS)
                  : validUntil;
        } else {
          validFrom = between(random, registered, today.minusDays(2));
          validUntil = validFrom.plusDays(days);
          if (state == State.EXPIRED && !validUntil.isBefore(today)) {
            validUntil = today.minusDays(1);
          }
        }
        Instant recordedAt =
            clamp(
                workingTime(validFrom, random),
                people.createdAt(participant).plusSeconds(60),
                now.minusSeconds(60));
        Staffing.Member recordedBy = recording.responsible();
        Instant withdrawnAt = null;
        if (state == State.WITHDRAWN) {
          Instant end = min(endOf(validUntil), now.minusSeconds(60));
          withdrawnAt =
              recordedAt.plusMillis(
                  1 + random.nextLong(Math.max(1, Duration.between(recordedAt, end).toMillis())));
        }
        Instant noticedEnding = null;
        Instant noticedExpiry = null;
        if (state == State.EXPIRED) {
          // The nightly job noticed the coming end and the end, as it would have.
          noticedEnding = nightlyRun(max(validFrom, validUntil.minusDays(NOTICE_DAYS)));
          noticedExpiry = nightlyRun(validUntil.plusDays(1));
        }
        String givenBy = random.nextInt(10) == 0 ? "GUARDIAN" : "PARTICIPANT";
        consentRows
            .add(id)
            .add(People.id(participant))
            .add(PURPOSES[random.nextInt(PURPOSES.length)])
            .add(PURPOSE_TEXTS.get(random.nextInt(PURPOSE_TEXTS.size())))
            .add(FORMS[random.nextInt(FORMS.length)])
            .add(givenBy)
            .add(
                givenBy.equals("PARTICIPANT")
                    ? null
                    : Names.first(random, random.nextBoolean()) + " " + Names.last(random))
            .add(validFrom)
            .add(validUntil)
            .add(recordedBy.staff().username())
            .add(Authorities.MEMBERS.get(recorder))
            .add(recordedAt)
            .add(withdrawnAt)
            .add(withdrawnAt == null ? null : recordedBy.staff().username())
            .add(
                withdrawnAt == null
                    ? null
                    : WITHDRAWAL_REASONS.get(random.nextInt(WITHDRAWAL_REASONS.size())))
            .add(noticedExpiry)
            .add(noticedEnding)
            .endRow();
        for (int a = 0; a < Authorities.MEMBERS.size(); a++) {
          if ((agencies & bit(a)) != 0) {
            agencyRows.add(new String[] {Long.toString(id), Authorities.MEMBERS.get(a)});
          }
        }
        for (int c = 0; c < CATEGORIES.length; c++) {
          if ((categories & bit(c)) != 0) {
            categoryRows.add(new String[] {Long.toString(id), CATEGORIES[c]});
          }
        }
        int releasing = bit(recorder);
        // Awaiting: the last named authority besides the recording one has not answered yet.
        int unanswered =
            state == State.AWAITING_CONFIRMATION
                ? 31 - Integer.numberOfLeadingZeros(agencies & ~bit(recorder))
                : -1;
        for (int a = 0; a < Authorities.MEMBERS.size(); a++) {
          if (a == recorder || a == unanswered || (agencies & bit(a)) == 0) {
            continue;
          }
          Instant latest =
              min(withdrawnAt == null ? endOf(validUntil) : withdrawnAt, now.minusSeconds(30));
          Instant answeredAt =
              clamp(
                  recordedAt.plus(Duration.ofMinutes(10 + random.nextInt(10 * 24 * 60))),
                  recordedAt.plusSeconds(1),
                  latest);
          confirmationRows.add(
              new String[] {
                Integer.toString(confirmationRows.size() + 1),
                Long.toString(id),
                Authorities.MEMBERS.get(a),
                "CONFIRMED",
                random.nextBoolean() ? "SIGNED_FORM_SEEN" : "PRESENT_WHEN_GIVEN",
                staff.caseWorker(a, random).staff().username(),
                answeredAt.toString()
              });
          releasing |= bit(a);
        }
        consents.add(
            new Consent(
                id,
                participant,
                recorder,
                agencies,
                categories,
                releasing,
                validFrom.toEpochDay(),
                validUntil.toEpochDay(),
                withdrawnAt == null ? Long.MAX_VALUE : withdrawnAt.toEpochMilli(),
                recordedAt.toEpochMilli()));
      }
    }
    copy(connection, "consent_agency", "consent_id, agency", agencyRows);
    copy(connection, "consent_category", "consent_id, category", categoryRows);
    copy(
        connection,
        "consent_confirmation",
        "id, consent_id, agency, step, basis, answered_by, answered_at",
        confirmationRows);
    return new Consents(consents, people.count());
  }

  /** The restrictions: against an authority other than the recording one; a fifth lifted since. */
  static void writeRestrictions(
      Connection connection, int count, SplittableRandom random, People people, Instant now)
      throws SQLException, IOException {
    List<String[]> categoryRows = new ArrayList<>();
    try (CopyRows rows =
        new CopyRows(
            connection,
            "disclosure_restriction",
            "id, participant_id, agency, reason, recorded_by, recorded_by_agency, recorded_at,"
                + " lifted_at, lifted_by, lifting_reason")) {
      for (int i = 0; i < count; i++) {
        long id = i + 1L;
        int participant = random.nextInt(people.count());
        List<People.Engagement> engagements = people.engagements(participant);
        People.Engagement recording = engagements.get(random.nextInt(engagements.size()));
        int against = random.nextInt(Authorities.MEMBERS.size() - 1);
        if (against >= recording.agencyIndex()) {
          against++;
        }
        Instant recordedAt =
            people
                .createdAt(participant)
                .plusMillis(
                    1
                        + random.nextLong(
                            Duration.between(people.createdAt(participant), now).toMillis()));
        boolean lifted = random.nextInt(5) == 0;
        Instant liftedAt =
            lifted
                ? recordedAt.plusMillis(
                    1
                        + random.nextLong(
                            Math.max(1, Duration.between(recordedAt, now).toMillis() - 1)))
                : null;
        String by = recording.responsible().staff().username();
        rows.add(id)
            .add(People.id(participant))
            .add(Authorities.MEMBERS.get(against))
            .add(
                "Deltagaren vill inte att uppgifterna lämnas till "
                    + Authorities.MEMBERS.get(against))
            .add(by)
            .add(Authorities.MEMBERS.get(recording.agencyIndex()))
            .add(recordedAt)
            .add(liftedAt)
            .add(lifted ? by : null)
            .add(lifted ? "Deltagaren har ändrat sig" : null)
            .endRow();
        int categories = 0;
        for (int c = 1 + random.nextInt(3); c > 0; c--) {
          categories |= bit(1 + random.nextInt(CATEGORIES.length - 1));
        }
        for (int c = 0; c < CATEGORIES.length; c++) {
          if ((categories & bit(c)) != 0) {
            categoryRows.add(new String[] {Long.toString(id), CATEGORIES[c]});
          }
        }
      }
    }
    copy(connection, "disclosure_restriction_category", "restriction_id, category", categoryRows);
  }

  int count() {
    return consents.size();
  }

  Consent get(int index) {
    return consents.get(index);
  }

  List<Consent> of(int participant) {
    return byParticipant.get(participant);
  }

  static int bit(int index) {
    return 1 << index;
  }

  private static void copy(Connection connection, String table, String columns, List<String[]> rows)
      throws SQLException, IOException {
    try (CopyRows copy = new CopyRows(connection, table, columns)) {
      for (String[] row : rows) {
        for (String value : row) {
          copy.add(value);
        }
        copy.endRow();
      }
    }
  }

  /** A time in office hours on the day. */
  static Instant workingTime(LocalDate day, SplittableRandom random) {
    return day.atTime(LocalTime.of(8, 0))
        .plusSeconds(random.nextInt(8 * 3600))
        .atZone(People.SWEDEN)
        .toInstant();
  }

  /** When the consent-expiry job runs in the night to the day (01:15, Swedish time). */
  private static Instant nightlyRun(LocalDate day) {
    return day.atTime(1, 15).atZone(People.SWEDEN).toInstant();
  }

  private static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(People.SWEDEN).toInstant().minusMillis(1);
  }

  private static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
  }

  private static Instant clamp(Instant value, Instant low, Instant high) {
    return value.isBefore(low) ? low : value.isAfter(high) ? high : value;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static <T> void shuffle(T[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
