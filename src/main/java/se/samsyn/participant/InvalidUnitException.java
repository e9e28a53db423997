package se.samsyn.participant;

import se.samsyn.platform.BusinessException;

/** The unit chosen for an engagement is not a unit of the caller's authority. */
public class InvalidUnitException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidUnitException() {
    super("participant.engagement.invalidUnit");
  }
}
