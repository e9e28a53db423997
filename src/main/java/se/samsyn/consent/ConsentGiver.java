package se.samsyn.consent;

/** Who gave the consent: the participant, or a guardian or legal representative for them. */
public enum ConsentGiver {
  PARTICIPANT,
  GUARDIAN,
  LEGAL_REPRESENTATIVE
}
