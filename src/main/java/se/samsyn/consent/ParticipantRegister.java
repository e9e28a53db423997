package se.samsyn.consent;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samsyn.organisation.AgencyCode;

/**
 * What the consent rule needs to know about participants: who a reference names, and which
 * authorities are or have been engaged with them. The participant feature provides it, so that
 * consents never read participant tables.
 */
public interface ParticipantRegister {

  Optional<Long> idOf(String reference);

  /** The authorities that are or have been engaged with the participant. */
  Set<AgencyCode> engagedAuthorities(long participantId);

  /**
   * The authorities that are or have been engaged with each of the participants (a page of search
   * hits), read together; a participant without any is left out.
   */
  Map<Long, Set<AgencyCode>> engagedAuthorities(Set<Long> participantIds);

  /** The authorities with an engagement with the participant open today. */
  Set<AgencyCode> openlyEngagedAuthorities(long participantId);

  Optional<String> referenceOf(long participantId);

  /**
   * The name and number a printed consent form is signed against: the name as the authority
   * printing it recorded it (rule 10), empty if it has recorded none.
   */
  Optional<PersonOnForm> personOnForm(long participantId, AgencyCode agency);

  /** The staff responsible for the participant's open engagements with those authorities. */
  Set<Long> responsibleStaff(long participantId, Set<String> agencies);
}
