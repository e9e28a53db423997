package se.samsyn.participant;

/**
 * Who may act for the participant: vårdnadshavare, god man, förvaltare, or another representative.
 */
public enum RepresentativeRelation {
  GUARDIAN,
  TRUSTEE,
  ADMINISTRATOR,
  OTHER
}
