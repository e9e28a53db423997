package se.samsyn.participant;

import se.samsyn.platform.BusinessException;

/**
 * No participant the caller may see: the same answer whether the person does not exist or is known
 * only to another authority.
 */
public class ParticipantNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ParticipantNotFoundException() {
    super("participant.notFound");
  }
}
