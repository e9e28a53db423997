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
  private final String[] parameters;

  /**
   * @param parameters fill the message's {0}, {1}, …
   */
  protected BusinessException(String messageKey, String... parameters) {
    super(messageKey);
    this.messageKey = messageKey;
    this.parameters = parameters.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] parameters() {
    return parameters.clone();
  }
}
