package se.samsyn.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The förbund, its authorities and units, and the staff who have logged in. */
@Stateless
public class OrganisationService {

  @Inject private OrganisationRepository repository;

  private final Clock clock = Clock.systemUTC();

  public List<Forbund> forbund() {
    return repository.findForbund();
  }

  public List<Agency> agenciesWithUnits() {
    return repository.findAgenciesWithUnits();
  }

  public Optional<Agency> agency(AgencyCode code) {
    return repository.findAgency(code);
  }

  public List<StaffMember> staff() {
    return repository.findAllStaff();
  }

  /** Creates the staff member on the first login and updates the mirrored data on later ones. */
  public StaffMember recordLogin(StaffIdentity identity) {
    Instant now = Instant.now(clock);
    Optional<StaffMember> known = repository.findStaffBySubject(identity.subject());
    if (known.isPresent()) {
      known.get().recordLogin(identity, now);
      return known.get();
    }
    StaffMember staffMember = new StaffMember(identity, now);
    repository.persist(staffMember);
    return staffMember;
  }
}
