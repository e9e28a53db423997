package se.samsyn.consent;

import se.samsyn.platform.BusinessException;

/** A consent that may not be recorded, or a withdrawal that may not be made, and why. */
public class InvalidConsentException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /**
   * @param parameters fill the message's {0}, {1}, …
   */
  public InvalidConsentException(String messageKey, String... parameters) {
    super(messageKey, parameters);
  }
}
