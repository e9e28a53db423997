package se.samsyn.timeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samsyn.security.CurrentUser;
import se.samsyn.timeline.Timeline;
import se.samsyn.timeline.TimelineService;

/** The timeline on the participant page, read once per page view. */
@Named
@ViewScoped
public class TimelineBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TimelineService timelineService;
  @Inject private CurrentUser currentUser;

  private String reference;
  private Timeline timeline;

  public Timeline getTimeline() {
    if (timeline == null) {
      timeline =
          timelineService
              .timeline(currentUser.actor(), reference)
              .orElseGet(() -> new Timeline(List.of(), 0, 0));
    }
    return timeline;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
