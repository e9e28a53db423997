package se.samsyn.participant;

import se.samsyn.platform.BusinessException;

/** A text that is no valid personal identity or coordination number, and why. */
public class InvalidNumberException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidNumberException(PersonalIdentityNumber.InvalidReason reason) {
    super("participant.pin.invalid." + reason.name());
  }
}
