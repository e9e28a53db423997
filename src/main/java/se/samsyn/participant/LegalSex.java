package se.samsyn.participant;

/** The legal sex a personal identity number encodes in its ninth digit. */
public enum LegalSex {
  FEMALE,
  MALE
}
