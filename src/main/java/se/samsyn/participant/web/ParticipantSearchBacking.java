package se.samsyn.participant.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.samsyn.consent.EmergencyAccessService;
import se.samsyn.consent.OpenEmergencyAccess;
import se.samsyn.participant.ParticipantService;
import se.samsyn.participant.ParticipantSort;
import se.samsyn.participant.ParticipantSummary;
import se.samsyn.participant.PersonalIdentityNumber;
import se.samsyn.platform.BusinessException;
import se.samsyn.security.CurrentUser;

/** Finds the participants of the user's authority; the query is posted, never put in a URL. */
@Named
@ViewScoped
public class ParticipantSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject private ParticipantService participantService;
  @Inject private CurrentUser currentUser;
  @Inject private EmergencyAccessService emergencyAccessService;

  private String query;
  private boolean searched;
  private String emergencyReason;
  private List<OpenEmergencyAccess> openEmergencyAccesses;
  private final Results results = new Results();

  public void search() {
    searched = true;
  }

  /**
   * Opens emergency access to the searched person; the user has confirmed that the access is marked
   * in the log and reviewed. The page answers a registered and an unknown person alike and then
   * lists the people the user may read under emergency access, as the service decides.
   */
  public void openEmergencyAccess() {
    Optional<PersonalIdentityNumber> number =
        PersonalIdentityNumber.tryParse(query == null ? "" : query, LocalDate.now(SWEDEN));
    if (number.isEmpty()) {
      Messages.addGlobalError("emergency.numberRequired");
      return;
    }
    try {
      participantService.openEmergencyAccess(currentUser.actor(), number.get(), emergencyReason);
      Messages.addGlobalInfo("emergency.requested");
      openEmergencyAccesses = emergencyAccessService.openedBy(currentUser.actor());
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  /** Loaded once per view: each person listed is a gated read, logged. */
  public List<OpenEmergencyAccess> getOpenEmergencyAccesses() {
    if (openEmergencyAccesses == null) {
      openEmergencyAccesses = emergencyAccessService.openedBy(currentUser.actor());
    }
    return openEmergencyAccesses;
  }

  public boolean isEmergencyAccessEnabled() {
    return emergencyAccessService.isEnabled();
  }

  public String getEmergencyReason() {
    return emergencyReason;
  }

  public void setEmergencyReason(String emergencyReason) {
    this.emergencyReason = emergencyReason;
  }

  /** Carries the searched number to the registration form without putting it in the URL. */
  public String register() {
    Faces.setFlashAttribute(ParticipantRegisterBacking.NUMBER_FLASH_KEY, query);
    return "/participant/register?faces-redirect=true";
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public boolean isSearched() {
    return searched;
  }

  public LazyDataModel<ParticipantSummary> getResults() {
    return results;
  }

  private class Results extends LazyDataModel<ParticipantSummary> {

    private static final long serialVersionUID = 1L;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int)
          Math.min(Integer.MAX_VALUE, participantService.count(currentUser.actor(), query));
    }

    @Override
    public List<ParticipantSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return participantService.search(currentUser.actor(), query, sort(sortBy), first, pageSize);
    }

    @Override
    public String getRowKey(ParticipantSummary participant) {
      return participant.reference();
    }

    private ParticipantSort sort(Map<String, SortMeta> sortBy) {
      SortMeta byNumber = sortBy.get("maskedNumber");
      if (byNumber != null) {
        return byNumber.getOrder() == SortOrder.DESCENDING
            ? ParticipantSort.NUMBER_DESCENDING
            : ParticipantSort.NUMBER_ASCENDING;
      }
      SortMeta byName = sortBy.get("lastName");
      return byName != null && byName.getOrder() == SortOrder.DESCENDING
          ? ParticipantSort.NAME_DESCENDING
          : ParticipantSort.NAME_ASCENDING;
    }
  }
}
