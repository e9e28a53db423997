package se.samsyn.participant;

import se.samsyn.platform.BusinessException;

public class InvalidEngagementClosureException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidEngagementClosureException(String messageKey) {
    super(messageKey);
  }
}
