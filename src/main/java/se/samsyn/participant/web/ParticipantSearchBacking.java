package se.samsyn.participant.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.samsyn.participant.ParticipantService;
import se.samsyn.participant.ParticipantSort;
import se.samsyn.participant.ParticipantSummary;
import se.samsyn.security.CurrentUser;

/** Finds the participants of the user's authority; the query is posted, never put in a URL. */
@Named
@ViewScoped
public class ParticipantSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ParticipantService participantService;
  @Inject private CurrentUser currentUser;

  private String query;
  private boolean searched;
  private final Results results = new Results();

  public void search() {
    searched = true;
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
