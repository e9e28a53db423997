package se.samsyn.benchmark.dataset;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The staff: a few auditors (one of the förbund, the others one per authority), some coordinators
 * and otherwise case workers, spread evenly over the five authorities. They are written to {@code
 * staff_member} as the application registers them at their first login, so that the records they
 * authored and the log entries about them name a known staff member.
 */
final class Staffing {

  static final String CASE_WORKER = "case-worker";
  static final String COORDINATOR = "coordinator";
  static final String AUDITOR = "auditor";

  /** One staff member with what the records and the log need beside the realm's view. */
  record Member(
      long id, GeneratedStaff staff, int agencyIndex, long unitId, String roles, String address) {}

  private final List<Member> members;
  private final int[][] caseWorkersByAgency;
  private final int[] auditors;

  private Staffing(List<Member> members) {
    this.members = members;
    this.caseWorkersByAgency = new int[Authorities.MEMBERS.size()][];
    for (int agency = 0; agency < caseWorkersByAgency.length; agency++) {
      int current = agency;
      caseWorkersByAgency[agency] =
          indices(
              members, m -> m.agencyIndex() == current && m.staff().roles().contains(CASE_WORKER));
    }
    this.auditors = indices(members, m -> m.staff().roles().contains(AUDITOR));
  }

  static Staffing generate(int count, SplittableRandom random, Authorities authorities) {
    int members = Authorities.MEMBERS.size();
    int auditorCount = Math.max(members + 1, Math.round(count * 0.02f));
    int coordinatorCount = Math.max(members, Math.round(count * 0.08f));
    Map<String, Integer> numbered = new HashMap<>();
    List<Member> staff = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean auditor = i < auditorCount;
      boolean coordinator = !auditor && i < auditorCount + coordinatorCount;
      // The förbund's auditor first, then one per authority; everyone else belongs to a member.
      int agencyIndex = auditor ? i % (members + 1) - 1 : i % members;
      String agency = agencyIndex < 0 ? Authorities.FORBUND : Authorities.MEMBERS.get(agencyIndex);
      String title = auditor ? "granskare" : coordinator ? "samordnare" : "handlaggare";
      String prefix = agency.toLowerCase(Locale.ROOT) + "." + title;
      int number = numbered.merge(prefix, 1, Integer::sum);
      List<Authorities.Unit> units = authorities.units(agency);
      Authorities.Unit unit = units.get(number % units.size());
      List<String> roles =
          auditor
              ? List.of(AUDITOR)
              : coordinator ? List.of(CASE_WORKER, COORDINATOR) : List.of(CASE_WORKER);
      boolean male = random.nextBoolean();
      String username = prefix + "." + String.format(Locale.ROOT, "%04d", number);
      GeneratedStaff generated =
          new GeneratedStaff(
              username,
              Names.first(random, male),
              Names.last(random),
              agency,
              unit.name(),
              roles,
              new UUID(random.nextLong(), random.nextLong()).toString(),
              username + "@benchmark.samsyn.test");
      staff.add(
          new Member(
              i + 1L,
              generated,
              agencyIndex,
              unit.id(),
              String.join(",", roles),
              "10." + (agencyIndex + 1) + "." + (i / 250) + "." + (i % 250 + 1)));
    }
    return new Staffing(staff);
  }

  /** Every staff member has logged in: first some time in the five years, last in the past week. */
  void write(Connection connection, SplittableRandom random, Instant start, Instant now)
      throws SQLException, IOException {
    long span = Duration.between(start, now).toMillis();
    try (CopyRows rows =
        new CopyRows(
            connection,
            "staff_member",
            "id, subject, username, name, email, agency, unit_id, first_login, last_login")) {
      for (Member member : members) {
        GeneratedStaff staff = member.staff();
        Instant firstLogin = start.plusMillis(random.nextLong(span / 2));
        Instant lastLogin = now.minusMillis(random.nextLong(Duration.ofDays(7).toMillis()));
        rows.add(member.id())
            .add(staff.subject())
            .add(staff.username())
            .add(staff.fullName())
            .add(staff.email())
            .add(staff.agency())
            .add(member.unitId())
            .add(firstLogin)
            .add(lastLogin)
            .endRow();
      }
    }
  }

  List<GeneratedStaff> generated() {
    return members.stream().map(Member::staff).toList();
  }

  /** A case worker (coordinators are case workers too) of the member authority. */
  Member caseWorker(int agencyIndex, SplittableRandom random) {
    int[] candidates = caseWorkersByAgency[agencyIndex];
    return members.get(candidates[random.nextInt(candidates.length)]);
  }

  Member auditor(SplittableRandom random) {
    return members.get(auditors[random.nextInt(auditors.length)]);
  }

  private static int[] indices(List<Member> members, Predicate<Member> selection) {
    return IntStream.range(0, members.size()).filter(i -> selection.test(members.get(i))).toArray();
  }
}
