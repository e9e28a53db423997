package se.samsyn.benchmark.dataset;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The coordination notes: written by a case worker of one of the participant's engaged authorities,
 * some time after the participant was registered, mostly of category NOTES.
 */
final class Notes {

  private static final String[] CATEGORIES = {
    "NOTES",
    "NOTES",
    "NOTES",
    "NOTES",
    "NOTES",
    "NOTES",
    "NOTES",
    "ENGAGEMENTS",
    "INTERVENTIONS",
    "HEALTH_DETAILS"
  };
  private static final List<String> OPENINGS =
      List.of(
          "Telefonsamtal med deltagaren.",
          "Möte på kontoret tillsammans med deltagaren.",
          "Avstämning med handläggare på annan myndighet.",
          "Deltagaren uteblev från bokat möte.",
          "Uppföljning av planen.");
  private static final List<String> CONTENTS =
      List.of(
          "Deltagaren berättar att arbetsträningen fungerar bättre.",
          "Vi går igenom målen inför nästa period.",
          "Deltagaren önskar mer stöd kring ekonomin.",
          "Sömnen är fortsatt ett problem enligt deltagaren.",
          "Nytt möte bokas om två veckor.",
          "Deltagaren vill prova studier på deltid.");

  private final int[] participant;
  private final byte[] agency;
  private final long[] writtenAt;
  private final String[] category;

  private Notes(int count) {
    participant = new int[count];
    category = new String[count];
    agency = new byte[count];
    writtenAt = new long[count];
  }

  static Notes write(
      Connection connection,
      int count,
      SplittableRandom random,
      People people,
      Staffing staff,
      Instant now)
      throws SQLException, IOException {
    Notes notes = new Notes(count);
    try (CopyRows rows =
        new CopyRows(
            connection,
            "coordination_note",
            "id, participant_id, author_agency, author, author_name, note_date, category, text,"
                + " written_at")) {
      for (int i = 0; i < count; i++) {
        int person = random.nextInt(people.count());
        List<People.Engagement> engagements = people.engagements(person);
        People.Engagement engagement = engagements.get(random.nextInt(engagements.size()));
        Instant from = engagement.startedAt();
        Instant written =
            from.plusMillis(
                1 + random.nextLong(Math.max(1, Duration.between(from, now).toMillis() - 1)));
        Staffing.Member author =
            random.nextInt(3) == 0
                ? staff.caseWorker(engagement.agencyIndex(), random)
                : engagement.responsible();
        notes.participant[i] = person;
        notes.agency[i] = (byte) engagement.agencyIndex();
        notes.writtenAt[i] = written.toEpochMilli();
        notes.category[i] = CATEGORIES[random.nextInt(CATEGORIES.length)];
        rows.add(i + 1L)
            .add(People.id(person))
            .add(Authorities.MEMBERS.get(engagement.agencyIndex()))
            .add(author.staff().username())
            .add(author.staff().fullName())
            .add(LocalDate.ofInstant(written, People.SWEDEN))
            .add(notes.category[i])
            .add(
                OPENINGS.get(random.nextInt(OPENINGS.size()))
                    + " "
                    + CONTENTS.get(random.nextInt(CONTENTS.size())))
            .add(written)
            .endRow();
      }
    }
    return notes;
  }

  int count() {
    return participant.length;
  }

  static long id(int note) {
    return note + 1L;
  }

  int participant(int note) {
    return participant[note];
  }

  int agencyIndex(int note) {
    return agency[note];
  }

  String category(int note) {
    return category[note];
  }

  long writtenAtMillis(int note) {
    return writtenAt[note];
  }
}
