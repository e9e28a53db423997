package se.samsyn.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samsyn.organisation.Agency;
import se.samsyn.organisation.Forbund;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffMember;

@Named
@RequestScoped
public class OrganisationOverviewBacking {

  @Inject private OrganisationService organisationService;

  private List<Forbund> forbund;
  private List<Agency> agencies;
  private List<StaffMember> staff;

  @PostConstruct
  void load() {
    forbund = organisationService.forbund();
    agencies = organisationService.agenciesWithUnits();
    staff = organisationService.staff();
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
}
