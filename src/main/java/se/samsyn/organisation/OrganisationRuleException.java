package se.samsyn.organisation;

import se.samsyn.platform.BusinessException;

public class OrganisationRuleException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public OrganisationRuleException(String messageKey) {
    super(messageKey);
  }
}
