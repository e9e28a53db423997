package se.samsyn.platform;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain said no. Carries a message key of the UI bundle, so that pages and the API
 * can tell the user exactly what to do; the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  protected BusinessException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
