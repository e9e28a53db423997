package se.samsyn.benchmark.dataset;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The participants: the first numbers of the test-number file, each with one to four engagements
 * (the first at registration), the engaged authorities' own identity and contact records (the same
 * person's name, as each authority writes it down), and a tenth with protected identity.
 */
final class People {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** Share of participants engaged with 1, 2, 3 and 4 authorities. */
  private static final double[] ENGAGEMENT_COUNT_SHARE = {0.40, 0.35, 0.20, 0.05};

  private static final double PROTECTED_SHARE = 0.10;
  private static final double CLOSED_SHARE = 0.25;

  private static final List<String> CITIES =
      List.of("Södertälje", "Södertälje", "Södertälje", "Nykvarn", "Järna", "Hölö");
  private static final List<String> STREETS =
      List.of("Storgatan", "Köpmangatan", "Nygatan", "Ronnavägen", "Järnagatan", "Tallvägen");
  private static final List<String> LANGUAGES = List.of("arabiska", "somaliska", "tigrinja");
  private static final List<String> CLOSURE_REASONS =
      List.of(
          "Målet med insatsen är nått",
          "Deltagaren har fått arbete",
          "Överlämnad till annan insats",
          "Deltagaren har flyttat");

  record Engagement(
      int participant,
      int agencyIndex,
      long unitId,
      Staffing.Member responsible,
      Instant startedAt,
      LocalDate endDate,
      String closureReason) {}

  private final String[] numbers;
  private final String[] references;
  private final long[] createdAt;
  private final boolean[] protectedIdentity;
  private final String[] firstNames;
  private final String[] lastNames;
  private final boolean[] male;
  private final List<List<Engagement>> engagements;

  private People(int count) {
    numbers = new String[count];
    references = new String[count];
    createdAt = new long[count];
    protectedIdentity = new boolean[count];
    firstNames = new String[count];
    lastNames = new String[count];
    male = new boolean[count];
    engagements = new ArrayList<>(count);
  }

  static People generate(
      List<String> numbers,
      SplittableRandom random,
      Staffing staff,
      Authorities authorities,
      Instant start,
      Instant now) {
    People people = new People(numbers.size());
    // Registered at least a month ago, so that every participant has some history.
    long registrationSpan = Duration.between(start, now.minus(Duration.ofDays(30))).toMillis();
    LocalDate today = LocalDate.ofInstant(now, SWEDEN);
    for (int i = 0; i < numbers.size(); i++) {
      String number = numbers.get(i);
      people.numbers[i] = number;
      people.references[i] = reference(random);
      Instant created = start.plusMillis(random.nextLong(registrationSpan));
      people.createdAt[i] = created.toEpochMilli();
      // The second last digit of a personal identity number is odd for men.
      people.male[i] = (number.charAt(10) - '0') % 2 == 1;
      people.firstNames[i] = Names.first(random, people.male[i]);
      people.lastNames[i] = Names.last(random);
      int count = pick(random, ENGAGEMENT_COUNT_SHARE) + 1;
      List<Integer> agencies = new ArrayList<>();
      agencies.add(pick(random, Authorities.FIRST_ENGAGEMENT_SHARE));
      while (agencies.size() < count) {
        int other = random.nextInt(Authorities.MEMBERS.size());
        if (!agencies.contains(other)) {
          agencies.add(other);
        }
      }
      List<Engagement> own = new ArrayList<>(count);
      for (int e = 0; e < count; e++) {
        int agency = agencies.get(e);
        Instant started =
            e == 0
                ? created
                : created.plusMillis(random.nextLong(Duration.between(created, now).toMillis()));
        List<Authorities.Unit> units = authorities.units(Authorities.MEMBERS.get(agency));
        LocalDate startDate = LocalDate.ofInstant(started, SWEDEN);
        boolean closed = random.nextDouble() < CLOSED_SHARE && startDate.isBefore(today);
        LocalDate endDate =
            closed
                ? startDate.plusDays(
                    1 + random.nextLong(today.toEpochDay() - startDate.toEpochDay()))
                : null;
        own.add(
            new Engagement(
                i,
                agency,
                units.get(random.nextInt(units.size())).id(),
                staff.caseWorker(agency, random),
                started,
                endDate,
                closed ? CLOSURE_REASONS.get(random.nextInt(CLOSURE_REASONS.size())) : null));
      }
      people.engagements.add(own);
    }
    // Exactly the share asked for, wherever they fall among the numbers.
    int protectedCount = (int) Math.round(numbers.size() * PROTECTED_SHARE);
    for (int chosen = 0; chosen < protectedCount; ) {
      int candidate = random.nextInt(numbers.size());
      if (!people.protectedIdentity[candidate]) {
        people.protectedIdentity[candidate] = true;
        chosen++;
      }
    }
    return people;
  }

  /** Writes participants, engagements, identities and contacts; returns the engagement count. */
  int write(Connection connection, SplittableRandom random) throws SQLException, IOException {
    try (CopyRows rows =
        new CopyRows(
            connection,
            "participant",
            "id, reference, personal_identity_number, protected_identity, protected_by_agency,"
                + " protected_by, protected_at, created_at")) {
      for (int i = 0; i < count(); i++) {
        Engagement first = engagements.get(i).get(0);
        boolean marked = protectedIdentity[i];
        rows.add(id(i))
            .add(references[i])
            .add(numbers[i])
            .add(marked)
            .add(marked ? Authorities.MEMBERS.get(first.agencyIndex()) : null)
            .add(marked ? first.responsible().staff().username() : null)
            .add(marked ? createdAt(i) : null)
            .add(createdAt(i))
            .endRow();
      }
    }
    int written = 0;
    try (CopyRows rows =
        new CopyRows(
            connection,
            "engagement",
            "id, participant_id, agency, unit_id, responsible_staff_id, start_date, end_date,"
                + " closure_reason, status")) {
      for (List<Engagement> own : engagements) {
        for (Engagement engagement : own) {
          rows.add(++written)
              .add(id(engagement.participant()))
              .add(Authorities.MEMBERS.get(engagement.agencyIndex()))
              .add(engagement.unitId())
              .add(engagement.responsible().id())
              .add(LocalDate.ofInstant(engagement.startedAt(), SWEDEN))
              .add(engagement.endDate())
              .add(engagement.closureReason())
              .add(engagement.endDate() == null ? "OPEN" : "CLOSED")
              .endRow();
        }
      }
    }
    long identity = 0;
    try (CopyRows rows =
        new CopyRows(
            connection,
            "participant_identity",
            "id, participant_id, agency, first_name, last_name, recorded_sex, preferred_language,"
                + " interpreter_needed, created_at, modified_at")) {
      for (List<Engagement> own : engagements) {
        for (Engagement engagement : own) {
          int i = engagement.participant();
          String language =
              random.nextInt(10) == 0 ? LANGUAGES.get(random.nextInt(LANGUAGES.size())) : null;
          rows.add(++identity)
              .add(id(i))
              .add(Authorities.MEMBERS.get(engagement.agencyIndex()))
              .add(firstNames[i])
              .add(lastNames[i])
              .add(male[i] ? "MALE" : "FEMALE")
              .add(language)
              .add(language != null && random.nextBoolean())
              .add(engagement.startedAt())
              .add(engagement.startedAt())
              .endRow();
        }
      }
    }
    long contact = 0;
    try (CopyRows rows =
        new CopyRows(
            connection,
            "participant_contact",
            "id, participant_id, agency, street_address, postal_code, city, phone")) {
      for (List<Engagement> own : engagements) {
        for (Engagement engagement : own) {
          rows.add(++contact)
              .add(id(engagement.participant()))
              .add(Authorities.MEMBERS.get(engagement.agencyIndex()))
              .add(STREETS.get(random.nextInt(STREETS.size())) + " " + (1 + random.nextInt(60)))
              .add("15" + (1 + random.nextInt(9)) + " " + (10 + random.nextInt(90)))
              .add(CITIES.get(random.nextInt(CITIES.size())))
              // The range the telecom regulator keeps for fiction: nobody's real number.
              .add("070-17406" + (5 + random.nextInt(95)))
              .endRow();
        }
      }
    }
    return written;
  }

  int count() {
    return numbers.length;
  }

  static long id(int participant) {
    return participant + 1L;
  }

  String reference(int participant) {
    return references[participant];
  }

  Instant createdAt(int participant) {
    return Instant.ofEpochMilli(createdAt[participant]);
  }

  long createdAtMillis(int participant) {
    return createdAt[participant];
  }

  List<Engagement> engagements(int participant) {
    return engagements.get(participant);
  }

  /** A random index by the shares given (which add up to one). */
  static int pick(SplittableRandom random, double[] shares) {
    double r = random.nextDouble();
    for (int i = 0; i < shares.length - 1; i++) {
      r -= shares[i];
      if (r < 0) {
        return i;
      }
    }
    return shares.length - 1;
  }

  /** A version-4 UUID from the data set's random numbers, so that it is the same in every run. */
  static String reference(SplittableRandom random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
