package se.samsyn.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The förbund, its authorities and units, and the staff who have logged in. */
@Stateless
public class OrganisationService {

  @Inject private OrganisationRepository repository;

  private static final Duration LOGIN_RESOLUTION = Duration.ofMinutes(5);

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

  public Optional<Unit> unit(long id) {
    return repository.findUnit(id);
  }

  public Optional<StaffMember> staffMember(long id) {
    return repository.findStaff(id);
  }

  public Optional<StaffMember> staffMember(String subject) {
    return repository.findStaffBySubject(subject);
  }

  public List<StaffMember> staff() {
    return repository.findAllStaff();
  }

  /**
   * Creates the staff member on the first login and updates the mirrored data on later ones. API
   * clients log in with every request; their row is written only when something changed or the last
   * login is a while ago, so that reads stay reads.
   */
  public StaffMember recordLogin(StaffIdentity identity) {
    Instant now = Instant.now(clock);
    Optional<StaffMember> known = repository.findStaffBySubject(identity.subject());
    if (known.isPresent()) {
      if (!known.get().isUpToDate(identity, now.minus(LOGIN_RESOLUTION))) {
        known.get().recordLogin(identity, now);
      }
      return known.get();
    }
    StaffMember staffMember = new StaffMember(identity, now);
    repository.persist(staffMember);
    return staffMember;
  }
}
