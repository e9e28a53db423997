package se.samsyn.benchmark.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import se.samsyn.audit.AccessLogEntry;
import se.samsyn.audit.verifier.Seals;

/**
 * The access log of five years, sealed as the application's sealer leaves it: entries in id order
 * are also in time order, each one's seal is the keyed chain hash after it ({@link Seals#extend} of
 * {@link AccessLogEntry#canonical}), and each checkpoint binds a batch of at most the sealer's
 * {@value #SEAL_BATCH} entries to the checkpoint before ({@link Seals#checkpointHash}). Staff work
 * on weekdays in office hours; the sealer is taken to have caught up once after each working day,
 * so a checkpoint holds one day's entries (more checkpoints where a day has more than a batch).
 *
 * <p>The entries describe what the application logs: own authority's reads and searches of its
 * participants, reads of notes (another authority's under a consent that covers them, or refused),
 * consent reads, refused reads of people the reader's authority is not engaged with, and auditors'
 * searches of the log.
 */
final class SealedAccessLog {

  /** {@code AuditService.SEAL_BATCH}: the most entries one sealing run takes. */
  static final int SEAL_BATCH = 10_000;

  /** {@code samsyn.audit.seal-delay}'s default: entries younger than this wait for the next run. */
  static final Duration SEAL_DELAY = Duration.ofMinutes(2);

  /** Entries collected before they are sent, so that memory stays small at any scale. */
  private static final int FLUSH_ENTRIES = 50_000;

  private static final LocalTime WORK_STARTS = LocalTime.of(7, 0);
  private static final LocalTime WORK_ENDS = LocalTime.of(17, 0);
  private static final String ENTRY_COLUMNS =
      "id, occurred_at, staff_subject, username, agency, unit, roles, client_address,"
          + " session_hash, participant_id, record_type, record_id, category, action, decision,"
          + " basis, basis_reference, record_agency";
  private static final String NOT_ENGAGED = "no open engagement of the caller's authority";
  private static final int ATTEMPTS = 8;

  /** A stretch of working time in which entries occur; its entries are sealed after its end. */
  private record WorkingDay(long startMillis, long endMillis) {}

  private record Event(
      Staffing.Member actor,
      Long participantId,
      String recordType,
      String recordId,
      String category,
      String action,
      String decision,
      String basis,
      String basisReference,
      String recordAgency) {}

  private final Connection connection;
  private final SplittableRandom random;
  private final long seed;
  private final People people;
  private final Staffing staff;
  private final Notes notes;
  private final Consents consents;
  private final Seals seals;
  private final String[] sessionHashOfDay;
  private final long[] sessionDay;

  private final StringBuilder entryRows = new StringBuilder();
  private final StringBuilder sealRows = new StringBuilder();
  private final StringBuilder checkpointRows = new StringBuilder();
  private int pending;
  private int checkpoints;

  private String chain = Seals.GENESIS;
  private String previousCheckpoint = Seals.GENESIS;
  private long batchFirst;
  private int batchSize;
  private int batchOfDay;

  SealedAccessLog(
      Connection connection,
      SplittableRandom random,
      long seed,
      People people,
      Staffing staff,
      Notes notes,
      Consents consents,
      Seals seals) {
    this.connection = connection;
    this.random = random;
    this.seed = seed;
    this.people = people;
    this.staff = staff;
    this.notes = notes;
    this.consents = consents;
    this.seals = seals;
    int staffCount = staff.generated().size();
    this.sessionHashOfDay = new String[staffCount + 1];
    this.sessionDay = new long[staffCount + 1];
  }

  /**
   * Writes the entries, their seals and the checkpoints between {@code start} and {@code end}.
   *
   * @return the number of checkpoints
   */
  int write(long count, Instant start, Instant end) throws SQLException, IOException {
    List<WorkingDay> days = workingDays(start, end);
    long workingMillis = days.stream().mapToLong(d -> d.endMillis() - d.startMillis()).sum();
    int day = 0;
    long dayOffset = 0;
    for (long i = 0; i < count; i++) {
      // Spread evenly over the working time, in order: the ids are in time order, as written.
      long offset = (long) ((i + random.nextDouble()) * workingMillis / count);
      while (offset >= dayOffset + length(days.get(day))) {
        dayOffset += length(days.get(day));
        sealDay(days.get(day));
        day++;
      }
      Instant occurredAt = Instant.ofEpochMilli(days.get(day).startMillis() + offset - dayOffset);
      append(i + 1, occurredAt, event(occurredAt));
      if (batchSize == SEAL_BATCH) {
        seal(days.get(day));
      }
      if (pending >= FLUSH_ENTRIES) {
        flush();
      }
    }
    if (batchSize > 0) {
      sealDay(days.get(day));
    }
    flush();
    CopyRows.copy(
        connection,
        "access_log_checkpoint",
        "id, sealed_at, first_entry_id, last_entry_id, entry_count, chain_hash, previous_hash,"
            + " checkpoint_hash",
        checkpointRows);
    return checkpoints;
  }

  private void append(long id, Instant occurredAt, Event event) throws IOException {
    GeneratedStaff actor = event.actor().staff();
    String sessionHash = sessionHash(event.actor(), occurredAt);
    String canonical =
        AccessLogEntry.canonical(
            id,
            occurredAt,
            actor.subject(),
            actor.username(),
            actor.agency(),
            actor.unit(),
            event.actor().roles(),
            event.actor().address(),
            sessionHash,
            event.participantId(),
            event.recordType(),
            event.recordId(),
            event.category(),
            event.action(),
            event.decision(),
            event.basis(),
            event.basisReference(),
            event.recordAgency());
    chain = seals.extend(chain, canonical);
    new CopyRows(entryRows)
        .add(id)
        .add(occurredAt)
        .add(actor.subject())
        .add(actor.username())
        .add(actor.agency())
        .add(actor.unit())
        .add(event.actor().roles())
        .add(event.actor().address())
        .add(sessionHash)
        .add(event.participantId())
        .add(event.recordType())
        .add(event.recordId())
        .add(event.category())
        .add(event.action())
        .add(event.decision())
        .add(event.basis())
        .add(event.basisReference())
        .add(event.recordAgency())
        .endRow();
    new CopyRows(sealRows).add(id).add(chain).add(checkpoints + 1L).endRow();
    if (batchSize == 0) {
      batchFirst = id;
    }
    batchSize++;
    pending++;
  }

  private void sealDay(WorkingDay day) throws IOException {
    if (batchSize > 0) {
      seal(day);
    }
    batchOfDay = 0;
  }

  /**
   * The checkpoint of a sealing run after the day's end (a minute later for each further batch of
   * the day), its time truncated to milliseconds as the sealer's.
   */
  private void seal(WorkingDay day) throws IOException {
    checkpoints++;
    Instant sealedAt =
        Instant.ofEpochMilli(day.endMillis()).plus(SEAL_DELAY).plus(Duration.ofMinutes(batchOfDay));
    long last = batchFirst + batchSize - 1;
    String checkpointHash =
        seals.checkpointHash(previousCheckpoint, batchFirst, last, batchSize, chain, sealedAt);
    new CopyRows(checkpointRows)
        .add(checkpoints)
        .add(sealedAt)
        .add(batchFirst)
        .add(last)
        .add(batchSize)
        .add(chain)
        .add(previousCheckpoint)
        .add(checkpointHash)
        .endRow();
    previousCheckpoint = checkpointHash;
    batchSize = 0;
    batchOfDay++;
  }

  private void flush() throws SQLException, IOException {
    CopyRows.copy(connection, "access_log_entry", ENTRY_COLUMNS, entryRows);
    CopyRows.copy(connection, "access_log_seal", "entry_id, chain_hash, checkpoint_id", sealRows);
    entryRows.setLength(0);
    sealRows.setLength(0);
    pending = 0;
  }

  private Event event(Instant at) {
    double kind = random.nextDouble();
    if (kind < 0.25) {
      return ownNoteRead(at);
    }
    if (kind < 0.40) {
      return otherAuthoritysNoteRead(at);
    }
    if (kind < 0.47) {
      return consentRead(at);
    }
    if (kind < 0.49) {
      return refusedParticipantRead(at);
    }
    if (kind < 0.52) {
      return auditorsSearch(at);
    }
    return ownParticipantAccess(at, kind < 0.60 ? "SEARCH" : "READ");
  }

  private Event ownParticipantAccess(Instant at, String action) {
    int participant = participantKnownAt(at);
    if (participant < 0) {
      Staffing.Member actor = staff.caseWorker(random.nextInt(Authorities.MEMBERS.size()), random);
      return new Event(
          actor,
          null,
          "participant",
          null,
          "IDENTITY_AND_CONTACT",
          "SEARCH",
          "PERMITTED",
          "OWN_AUTHORITY",
          "no match",
          null);
    }
    Staffing.Member actor = staff.caseWorker(engagedAuthority(participant, at), random);
    return new Event(
        actor,
        People.id(participant),
        "participant",
        people.reference(participant),
        "IDENTITY_AND_CONTACT",
        action,
        "PERMITTED",
        "OWN_AUTHORITY",
        actor.staff().agency(),
        null);
  }

  private Event ownNoteRead(Instant at) {
    int note = noteWrittenBy(at);
    if (note < 0) {
      return ownParticipantAccess(at, "READ");
    }
    Staffing.Member actor = staff.caseWorker(notes.agencyIndex(note), random);
    return noteEvent(note, actor, "PERMITTED", "OWN_AUTHORITY", actor.staff().agency());
  }

  private Event otherAuthoritysNoteRead(Instant at) {
    int note = noteWrittenBy(at);
    if (note < 0) {
      return ownParticipantAccess(at, "READ");
    }
    int author = notes.agencyIndex(note);
    int participant = notes.participant(note);
    List<People.Engagement> engagements = people.engagements(participant);
    int reader = engagements.get(random.nextInt(engagements.size())).agencyIndex();
    if (reader == author) {
      reader =
          (author + 1 + random.nextInt(Authorities.MEMBERS.size() - 1))
              % Authorities.MEMBERS.size();
    }
    Staffing.Member actor = staff.caseWorker(reader, random);
    int category = Consents.categoryIndex(notes.category(note));
    for (Consents.Consent consent : consents.of(participant)) {
      if (consent.covers(author, reader, category, at)) {
        return noteEvent(note, actor, "PERMITTED", "CONSENT", String.valueOf(consent.id()));
      }
    }
    return noteEvent(note, actor, "REFUSED", "NONE", "no consent");
  }

  private Event noteEvent(
      int note, Staffing.Member actor, String decision, String basis, String basisReference) {
    return new Event(
        actor,
        People.id(notes.participant(note)),
        "note",
        String.valueOf(Notes.id(note)),
        notes.category(note),
        "READ",
        decision,
        basis,
        basisReference,
        Authorities.MEMBERS.get(notes.agencyIndex(note)));
  }

  private Event consentRead(Instant at) {
    for (int attempt = 0; attempt < ATTEMPTS && consents.count() > 0; attempt++) {
      Consents.Consent consent = consents.get(random.nextInt(consents.count()));
      if (consent.recordedAt() <= at.toEpochMilli()) {
        Staffing.Member actor = staff.caseWorker(consent.recorder(), random);
        return new Event(
            actor,
            People.id(consent.participant()),
            "consent",
            String.valueOf(consent.id()),
            null,
            "READ",
            "PERMITTED",
            "OWN_AUTHORITY",
            actor.staff().agency(),
            null);
      }
    }
    return ownParticipantAccess(at, "READ");
  }

  private Event refusedParticipantRead(Instant at) {
    int participant = participantKnownAt(at);
    if (participant < 0) {
      return ownParticipantAccess(at, "READ");
    }
    int engaged = 0;
    for (People.Engagement engagement : people.engagements(participant)) {
      engaged |= Consents.bit(engagement.agencyIndex());
    }
    int reader = random.nextInt(Authorities.MEMBERS.size());
    if ((engaged & Consents.bit(reader)) != 0) {
      return ownParticipantAccess(at, "READ");
    }
    return new Event(
        staff.caseWorker(reader, random),
        People.id(participant),
        "participant",
        people.reference(participant),
        null,
        "READ",
        "REFUSED",
        "NONE",
        NOT_ENGAGED,
        null);
  }

  private Event auditorsSearch(Instant at) {
    int participant = participantKnownAt(at);
    return new Event(
        staff.auditor(random),
        participant < 0 ? null : People.id(participant),
        "access-log",
        null,
        null,
        "SEARCH",
        "PERMITTED",
        "OWN_AUTHORITY",
        null,
        null);
  }

  /** A participant registered by then, or -1 if a few tries find none (early in the log). */
  private int participantKnownAt(Instant at) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int participant = random.nextInt(people.count());
      if (people.createdAtMillis(participant) <= at.toEpochMilli()) {
        return participant;
      }
    }
    return -1;
  }

  private int noteWrittenBy(Instant at) {
    for (int attempt = 0; attempt < ATTEMPTS && notes.count() > 0; attempt++) {
      int note = random.nextInt(notes.count());
      if (notes.writtenAtMillis(note) <= at.toEpochMilli()) {
        return note;
      }
    }
    return -1;
  }

  /** One of the authorities engaged with the participant by then (the first always is). */
  private int engagedAuthority(int participant, Instant at) {
    List<People.Engagement> engagements = people.engagements(participant);
    People.Engagement chosen = engagements.get(random.nextInt(engagements.size()));
    return chosen.startedAt().isAfter(at) ? engagements.get(0).agencyIndex() : chosen.agencyIndex();
  }

  /** One login session per staff member and day, stored as the application stores it: hashed. */
  private String sessionHash(Staffing.Member actor, Instant at) {
    int index = (int) actor.id();
    long day = LocalDate.ofInstant(at, People.SWEDEN).toEpochDay();
    if (sessionHashOfDay[index] == null || sessionDay[index] != day) {
      sessionDay[index] = day;
      sessionHashOfDay[index] = sha256("benchmark-session:" + seed + ":" + index + ":" + day);
    }
    return sessionHashOfDay[index];
  }

  private static long length(WorkingDay day) {
    return day.endMillis() - day.startMillis();
  }

  private static List<WorkingDay> workingDays(Instant start, Instant end) {
    List<WorkingDay> days = new ArrayList<>();
    for (LocalDate day = LocalDate.ofInstant(start, People.SWEDEN);
        !day.isAfter(LocalDate.ofInstant(end, People.SWEDEN));
        day = day.plusDays(1)) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      long from = Math.max(start.toEpochMilli(), millis(day, WORK_STARTS));
      long to = Math.min(end.toEpochMilli(), millis(day, WORK_ENDS));
      if (from < to) {
        days.add(new WorkingDay(from, to));
      }
    }
    return days;
  }

  private static long millis(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(People.SWEDEN).toInstant().toEpochMilli();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
