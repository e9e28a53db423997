package se.samsyn.participant;

import se.samsyn.platform.BusinessException;

/** A user without an authority cannot own participant records. */
public class NoAuthorityException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NoAuthorityException() {
    super("participant.noAuthority");
  }
}
