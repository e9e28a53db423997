package se.samsyn.participant;

import se.samsyn.platform.BusinessException;

/** The protected-identity marker cannot be lifted: not set, set by another authority, no reason. */
public class ProtectedIdentityException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ProtectedIdentityException(String messageKey) {
    super(messageKey);
  }
}
