package se.samsyn.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import se.samsyn.consent.ParticipantRegister;
import se.samsyn.organisation.AgencyCode;

/** Tells the consent rule who a reference names and which authorities are engaged with them. */
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
}
