package se.samsyn.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void aLoginIsWorthWritingOnlyWhenSomethingChangedOrTheLastOneIsOld() {
    StaffIdentity anna =
        new StaffIdentity("sub-1", "anna", "Anna", "a@fk.example", AgencyCode.of("FK"));
    StaffMember staff = new StaffMember(anna, LATER);

    assertTrue(staff.isUpToDate(anna, LATER.minusSeconds(300)));
    assertFalse(staff.isUpToDate(anna, LATER.plusSeconds(1)));
    assertFalse(
        staff.isUpToDate(
            new StaffIdentity("sub-1", "anna", "Anna", "a@fk.example", AgencyCode.of("AF")),
            LATER.minusSeconds(300)));
  }
}
