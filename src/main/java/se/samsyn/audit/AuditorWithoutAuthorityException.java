package se.samsyn.audit;

import se.samsyn.platform.BusinessException;

/** An auditor whose login names no valid authority asked for the log as a whole. */
public class AuditorWithoutAuthorityException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AuditorWithoutAuthorityException() {
    super("audit.noAuthority");
  }
}
