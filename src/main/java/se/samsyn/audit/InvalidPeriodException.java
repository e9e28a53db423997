package se.samsyn.audit;

import se.samsyn.platform.BusinessException;

/**
 * A period of the access log asked for that is no period: not an instant, or ends before it starts.
 */
public class InvalidPeriodException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidPeriodException(String messageKey) {
    super(messageKey);
  }
}
