package se.samsyn.participant;

import se.samsyn.platform.BusinessException;

/**
 * The new number belongs to another participant. Joining two participants into one is a deliberate
 * action of its own, not a side effect of a number change.
 */
public class NumberInUseException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NumberInUseException() {
    super("participant.numberChange.inUse");
  }
}
