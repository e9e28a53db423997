package se.samsyn.participant.web;

import java.io.Serializable;
import se.samsyn.organisation.Unit;

/** A unit to choose in a form; kept in view state, so serializable. */
public record UnitOption(long id, String name) implements Serializable {

  static UnitOption of(Unit unit) {
    return new UnitOption(unit.getId(), unit.getName());
  }
}
