package se.samsyn.participant;

/**
 * The orders a participant list can be sorted in. Names sort by the caller's authority's own
 * identity record ({@code own}); a person it knows only through a consent has none and sorts by id
 * among the others with no name of their own.
 */
public enum ParticipantSort {
  NAME_ASCENDING("own.lastName ASC, own.firstName ASC, p.id ASC"),
  NAME_DESCENDING("own.lastName DESC, own.firstName DESC, p.id DESC"),
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
