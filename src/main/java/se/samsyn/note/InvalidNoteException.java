package se.samsyn.note;

import se.samsyn.platform.BusinessException;

/** A note that may not be written, and why. */
public class InvalidNoteException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidNoteException(String messageKey) {
    super(messageKey);
  }
}
