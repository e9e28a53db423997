package se.samsyn.consent;

import se.samsyn.platform.BusinessException;

/**
 * A joint record may not be created: no active consent lets the category's information flow between
 * the creating authority and the named ones. The message names them and the category.
 */
public class MissingConsentException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public MissingConsentException(InformationCategory category, String authorities) {
    super("consent.missing." + category, authorities);
  }
}
