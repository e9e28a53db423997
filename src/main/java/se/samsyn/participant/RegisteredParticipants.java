package se.samsyn.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samsyn.consent.ParticipantRegister;
import se.samsyn.consent.PersonOnForm;
import se.samsyn.organisation.AgencyCode;

/**
 * Tells the consent feature who a reference names, which authorities are engaged with them and who
 * is responsible for their open engagements.
 */
@ApplicationScoped
public class RegisteredParticipants implements ParticipantRegister {

  @Inject private ParticipantRepository repository;

  @Override
  public Optional<Long> idOf(String reference) {
    return repository.findByReference(reference).map(Participant::getId);
  }

  @Override
  public Set<AgencyCode> engagedAuthorities(long participantId) {
    return repository.engagedAuthorities(participantId);
  }

  @Override
  public Map<Long, Set<AgencyCode>> engagedAuthorities(Set<Long> participantIds) {
    return repository.engagedAuthorities(participantIds);
  }

  @Override
  public Set<AgencyCode> openlyEngagedAuthorities(long participantId) {
    return repository.allEngagements(participantId).stream()
        .filter(Engagement::isOpen)
        .map(Engagement::getAgency)
        .collect(Collectors.toSet());
  }

  @Override
  public Optional<String> referenceOf(long participantId) {
    return repository.find(participantId).map(Participant::getReference);
  }

  @Override
  public Optional<PersonOnForm> personOnForm(long participantId, AgencyCode agency) {
    return repository
        .find(participantId)
        .flatMap(
            p ->
                repository
                    .identity(p, agency)
                    .map(
                        own ->
                            new PersonOnForm(
                                own.getFirstName() + " " + own.getLastName(),
                                p.getPersonalIdentityNumber().formatted())));
  }

  @Override
  public Set<Long> responsibleStaff(long participantId, Set<String> agencies) {
    return repository.allEngagements(participantId).stream()
        .filter(Engagement::isOpen)
        .filter(engagement -> agencies.contains(engagement.getAgency().value()))
        .map(Engagement::getResponsibleStaffId)
        .collect(Collectors.toSet());
  }
}
