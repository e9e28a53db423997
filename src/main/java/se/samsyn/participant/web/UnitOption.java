package se.samsyn.participant.web;

import java.io.Serializable;
import java.util.List;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.Unit;
import se.samsyn.security.AuthenticatedUser;
import se.samsyn.security.CurrentUser;

/** A unit to choose in a form; kept in view state, so serializable. */
public record UnitOption(long id, String name) implements Serializable {

  static UnitOption of(Unit unit) {
    return new UnitOption(unit.getId(), unit.getName());
  }

  /** The units of the logged-in user's own authority, the only ones a case can be opened in. */
  static List<UnitOption> ownUnits(CurrentUser currentUser, OrganisationService organisation) {
    return currentUser
        .get()
        .flatMap(AuthenticatedUser::agency)
        .flatMap(organisation::agency)
        .map(agency -> agency.getUnits().stream().map(UnitOption::of).toList())
        .orElse(List.of());
  }
}
