package se.samsyn.participant;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the caller's authority may see of a participant: the shared number and
 * protected-identity marker; its own identity record ({@code identity}, null if it has none), the
 * other authorities' identity records the gate disclosed, and its own contact details, engagements
 * and identity history. {@code firstName}/{@code lastName} are the name to show: the own record's,
 * else the first disclosed one's. {@code version} is the own identity record's, {@code
 * contactVersion} the own contact details' (0 while there are none).
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
    List<AuthorityIdentity> otherIdentities,
    boolean protectedIdentity,
    boolean protectedByOwnAuthority,
    ContactDetails contact,
    List<EngagementView> engagements,
    List<IdentityChangeView> identityHistory,
    long version,
    long contactVersion,
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
