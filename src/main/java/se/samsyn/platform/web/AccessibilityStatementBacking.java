package se.samsyn.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samsyn.organisation.Forbund;
import se.samsyn.organisation.OrganisationService;

/**
 * What the accessibility statement names that differs between förbund: who stands behind the
 * service (the förbund registered in the organisation) and where a user reports an accessibility
 * problem ({@code samsyn.platform.accessibility-contact}).
 */
@Named
@RequestScoped
public class AccessibilityStatementBacking {

  @Inject
  @ConfigProperty(
      name = "samsyn.platform.accessibility-contact",
      defaultValue = "tillganglighet@samordningsforbund.example")
  private String contact;

  @Inject private OrganisationService organisationService;

  /** An e-mail address, as the statement links it with {@code mailto:}. */
  public String getContact() {
    return contact;
  }

  /** The förbund's names, usually one; empty before the organisation is set up. */
  public String getPublisher() {
    return organisationService.forbund().stream()
        .map(Forbund::getName)
        .collect(Collectors.joining(", "));
  }
}
