package se.samsyn.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class OrganisationRepository {

  @PersistenceContext private EntityManager entityManager;

  List<Forbund> findForbund() {
    return entityManager.createNamedQuery("Forbund.findAll", Forbund.class).getResultList();
  }

  List<Agency> findAgenciesWithUnits() {
    return entityManager.createNamedQuery("Agency.findAllWithUnits", Agency.class).getResultList();
  }

  Optional<Agency> findAgency(AgencyCode code) {
    return entityManager
        .createNamedQuery("Agency.findByCode", Agency.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  Optional<StaffMember> findStaffBySubject(String subject) {
    return entityManager
        .createNamedQuery("StaffMember.findBySubject", StaffMember.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  /** The staff member as last committed, its row locked until the transaction ends. */
  StaffMember lockForUpdate(StaffMember staffMember) {
    entityManager.refresh(staffMember, LockModeType.PESSIMISTIC_WRITE);
    return staffMember;
  }

  Optional<Agency> findAgencyById(long id) {
    return Optional.ofNullable(entityManager.find(Agency.class, id));
  }

  Optional<Unit> findUnit(long id) {
    return Optional.ofNullable(entityManager.find(Unit.class, id));
  }

  Optional<StaffMember> findStaff(long id) {
    return Optional.ofNullable(entityManager.find(StaffMember.class, id));
  }

  List<StaffMember> findAllStaff() {
    return entityManager.createNamedQuery("StaffMember.findAll", StaffMember.class).getResultList();
  }

  void persist(Object entity) {
    entityManager.persist(entity);
  }
}
