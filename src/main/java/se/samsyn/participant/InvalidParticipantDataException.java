package se.samsyn.participant;

import se.samsyn.platform.BusinessException;

public class InvalidParticipantDataException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidParticipantDataException(String messageKey) {
    super(messageKey);
  }
}
