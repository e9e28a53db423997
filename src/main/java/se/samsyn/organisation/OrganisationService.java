package se.samsyn.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samsyn.platform.ConcurrentEditException;

/** The förbund, its authorities and units, and the staff who have logged in. */
@Stateless
public class OrganisationService {

  @Inject private OrganisationRepository repository;

  private static final Duration LOGIN_RESOLUTION = Duration.ofMinutes(5);

  @Inject private Clock clock;

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

  /** Adds a member authority, for instance a further municipality joining the förbund. */
  public Agency addAgency(String code, String name) {
    AgencyCode agencyCode;
    try {
      agencyCode =
          AgencyCode.of(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new OrganisationRuleException("organisation.agency.invalidCode");
    }
    if (repository.findAgency(agencyCode).isPresent()) {
      throw new OrganisationRuleException("organisation.agency.duplicate");
    }
    Forbund forbund =
        repository.findForbund().stream()
            .findFirst()
            .orElseThrow(() -> new OrganisationRuleException("organisation.forbund.missing"));
    Agency agency = new Agency(forbund, agencyCode, name);
    repository.persist(agency);
    return agency;
  }

  public void renameAgency(long agencyId, String name, long version) {
    Agency agency =
        repository
            .findAgencyById(agencyId)
            .orElseThrow(() -> new OrganisationRuleException("organisation.agency.missing"));
    if (agency.getVersion() != version) {
      throw new ConcurrentEditException();
    }
    agency.rename(name);
  }

  public Unit addUnit(long agencyId, String name) {
    Agency agency =
        repository
            .findAgencyById(agencyId)
            .orElseThrow(() -> new OrganisationRuleException("organisation.agency.missing"));
    Unit unit = agency.addUnit(name);
    repository.persist(unit);
    return unit;
  }

  /** Places a staff member in a unit of their own authority, or in none. */
  public void assignUnit(long staffId, Long unitId) {
    StaffMember staff =
        repository
            .findStaff(staffId)
            .orElseThrow(() -> new OrganisationRuleException("organisation.staff.missing"));
    staff.assignUnit(
        unitId == null
            ? null
            : repository
                .findUnit(unitId)
                .orElseThrow(() -> new OrganisationRuleException("organisation.unit.missing")));
  }

  /** The unit a staff member is placed in, if any. */
  public Optional<Unit> unitOf(String staffSubject) {
    return repository.findStaffBySubject(staffSubject).map(StaffMember::getUnit);
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
      if (known.get().isUpToDate(identity, now.minus(LOGIN_RESOLUTION))) {
        return known.get();
      }
      // Parallel requests of one user would each update the row, and all but one fail at commit:
      // with the row locked they take turns, and those after the first find it up to date.
      StaffMember locked = repository.lockForUpdate(known.get());
      if (!locked.isUpToDate(identity, now.minus(LOGIN_RESOLUTION))) {
        locked.recordLogin(identity, now);
      }
      return locked;
    }
    StaffMember staffMember = new StaffMember(identity, now);
    repository.persist(staffMember);
    return staffMember;
  }
}
