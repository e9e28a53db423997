package se.samsyn.participant;

import se.samsyn.platform.BusinessException;

/** The caller's own authority already has an open engagement with the person. */
public class AlreadyRegisteredException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String reference;

  public AlreadyRegisteredException(String reference) {
    super("participant.register.alreadyRegistered");
    this.reference = reference;
  }

  public String reference() {
    return reference;
  }
}
