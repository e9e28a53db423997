package se.samsyn.participant.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.Unit;
import se.samsyn.participant.ParticipantRegistration;
import se.samsyn.participant.ParticipantService;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.participant.Sex;
import se.samsyn.platform.BusinessException;
import se.samsyn.security.CurrentUser;

@Named
@ViewScoped
public class ParticipantRegisterBacking implements Serializable {

  static final String NUMBER_FLASH_KEY = "participant.number";
  private static final long serialVersionUID = 1L;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject private ParticipantService participantService;
  @Inject private OrganisationService organisationService;
  @Inject private CurrentUser currentUser;

  private PersonalIdentityNumber number;
  private final IdentityForm identity = new IdentityForm();
  private final ContactForm contact = new ContactForm();
  private Long unitId;
  private LocalDate startDate = LocalDate.now(SWEDEN);
  private List<UnitOption> units;

  @PostConstruct
  void init() {
    if (Faces.getFlashAttribute(NUMBER_FLASH_KEY) instanceof String searched) {
      number = PersonalIdentityNumber.tryParse(searched, LocalDate.now(SWEDEN)).orElse(null);
      numberEntered();
    }
    units = UnitOption.ownUnits(currentUser, organisationService);
    unitId =
        units.size() == 1
            ? Long.valueOf(units.get(0).id())
            : currentUser
                .get()
                .flatMap(user -> organisationService.unitOf(user.subject()))
                .map(Unit::getId)
                .orElse(null);
  }

  /** Proposes the legal sex of the number for the recorded sex, which stays editable. */
  public void numberEntered() {
    if (number != null && identity.getSex() == null) {
      identity.setSex(Sex.valueOf(number.legalSex().name()));
    }
  }

  public String register() {
    try {
      String reference =
          participantService.register(
              currentUser.actor(),
              new ParticipantRegistration(
                  number, identity.details(), contact.details(), unitId, startDate));
      Messages.addFlashGlobalInfo("participant.register.done");
      return "/participant/view?faces-redirect=true&ref=" + reference;
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
      return null;
    }
  }

  public List<UnitOption> getUnits() {
    return units;
  }

  public PersonalIdentityNumber getNumber() {
    return number;
  }

  public void setNumber(PersonalIdentityNumber number) {
    this.number = number;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public IdentityForm getIdentity() {
    return identity;
  }

  public ContactForm getContact() {
    return contact;
  }
}
