package se.samsyn.participant;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the caller's authority may see of a participant: the shared identity, and its own
 * contact details, engagements and identity history.
 */
public record ParticipantDetails(
    String reference,
    String maskedNumber,
    String firstName,
    String lastName,
    LocalDate birthDate,
    int age,
    LegalSex legalSex,
    boolean coordinationNumber,
    IdentityDetails identity,
    ContactDetails contact,
    List<EngagementView> engagements,
    List<IdentityChangeView> identityHistory,
    long version,
    boolean underEmergencyAccess)
    implements Serializable {

  /** Only an authority that is or has been engaged changes what is stored about the person. */
  public boolean engagedByOwnAuthority() {
    return !engagements.isEmpty();
  }

  public boolean hasOpenEngagement() {
    return engagements.stream().anyMatch(EngagementView::open);
  }
}
