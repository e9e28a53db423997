package se.samsyn.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;
import se.samsyn.organisation.Agency;
import se.samsyn.organisation.Forbund;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffMember;
import se.samsyn.platform.BusinessException;

/** The förbund's organisation for its administrator: authorities, units, staff. */
@Named
@RequestScoped
public class OrganisationOverviewBacking {

  @Inject private OrganisationService organisationService;

  private List<Forbund> forbund;
  private List<Agency> agencies;
  private List<StaffMember> staff;

  private String newAgencyCode;
  private String newAgencyName;
  private Long unitAgencyId;
  private String newUnitName;
  private Long staffId;
  private Long staffUnitId;

  @PostConstruct
  void load() {
    forbund = organisationService.forbund();
    agencies = organisationService.agenciesWithUnits();
    staff = organisationService.staff();
  }

  public void addAgency() {
    run(
        () -> organisationService.addAgency(newAgencyCode, newAgencyName),
        "organisation.agency.added");
  }

  public void addUnit() {
    run(() -> organisationService.addUnit(unitAgencyId, newUnitName), "organisation.unit.added");
  }

  public void assignUnit() {
    run(() -> organisationService.assignUnit(staffId, staffUnitId), "organisation.staff.placed");
  }

  private void run(Runnable change, String doneKey) {
    try {
      change.run();
      Messages.addGlobalInfo(doneKey);
      load();
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  public List<Forbund> getForbund() {
    return forbund;
  }

  public List<Agency> getAgencies() {
    return agencies;
  }

  public List<StaffMember> getStaff() {
    return staff;
  }

  public String getNewAgencyCode() {
    return newAgencyCode;
  }

  public void setNewAgencyCode(String newAgencyCode) {
    this.newAgencyCode = newAgencyCode;
  }

  public String getNewAgencyName() {
    return newAgencyName;
  }

  public void setNewAgencyName(String newAgencyName) {
    this.newAgencyName = newAgencyName;
  }

  public Long getUnitAgencyId() {
    return unitAgencyId;
  }

  public void setUnitAgencyId(Long unitAgencyId) {
    this.unitAgencyId = unitAgencyId;
  }

  public String getNewUnitName() {
    return newUnitName;
  }

  public void setNewUnitName(String newUnitName) {
    this.newUnitName = newUnitName;
  }

  public Long getStaffId() {
    return staffId;
  }

  public void setStaffId(Long staffId) {
    this.staffId = staffId;
  }

  public Long getStaffUnitId() {
    return staffUnitId;
  }

  public void setStaffUnitId(Long staffUnitId) {
    this.staffUnitId = staffUnitId;
  }
}
