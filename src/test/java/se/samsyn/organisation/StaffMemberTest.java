package se.samsyn.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

  private static final Instant FIRST = Instant.parse("2026-11-02T08:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-20T13:30:00Z");

  @Test
  void aLaterLoginUpdatesTheMirroredDataButKeepsTheFirstLogin() {
    StaffMember staff =
        new StaffMember(
            new StaffIdentity(
                "sub-1", "anna", "Anna Andersson", "anna@fk.example", AgencyCode.of("FK")),
            FIRST);

    staff.recordLogin(
        new StaffIdentity(
            "sub-1", "anna", "Anna Berg", "anna.berg@fk.example", AgencyCode.of("AF")),
        LATER);

    assertEquals("Anna Berg", staff.getName());
    assertEquals("anna.berg@fk.example", staff.getEmail());
    assertEquals(AgencyCode.of("AF"), staff.getAgency());
    assertEquals(FIRST, staff.getFirstLogin());
    assertEquals(LATER, staff.getLastLogin());
  }

  @Test
  void withoutANameTheUsernameIsShown() {
    StaffMember staff =
        new StaffMember(new StaffIdentity("sub-2", "bertil", " ", null, null), FIRST);

    assertEquals("bertil", staff.getName());
  }

  @Test
  void anotherUsersLoginCannotTakeOverTheRow() {
    StaffMember staff =
        new StaffMember(new StaffIdentity("sub-1", "anna", "Anna", null, null), FIRST);

    assertThrows(
        IllegalArgumentException.class,
        () -> staff.recordLogin(new StaffIdentity("sub-2", "eve", "Eve", null, null), LATER));
  }
}
