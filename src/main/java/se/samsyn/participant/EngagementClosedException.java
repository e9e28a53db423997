package se.samsyn.participant;

import se.samsyn.platform.BusinessException;

public class EngagementClosedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public EngagementClosedException() {
    super("participant.engagement.alreadyClosed");
  }
}
