package se.samsyn.participant;

/** The orders a participant list can be sorted in. */
public enum ParticipantSort {
  NAME_ASCENDING("p.lastName ASC, p.firstName ASC, p.id ASC"),
  NAME_DESCENDING("p.lastName DESC, p.firstName DESC, p.id DESC"),
  NUMBER_ASCENDING("p.personalIdentityNumber ASC"),
  NUMBER_DESCENDING("p.personalIdentityNumber DESC");

  private final String ordering;

  ParticipantSort(String ordering) {
    this.ordering = ordering;
  }

  String ordering() {
    return ordering;
  }
}
