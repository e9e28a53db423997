package se.samsyn.note.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Messages;
import se.samsyn.consent.InformationCategory;
import se.samsyn.note.NoteDraft;
import se.samsyn.note.NoteService;
import se.samsyn.platform.BusinessException;
import se.samsyn.security.CurrentUser;

/**
 * The note form on the participant page. A saved note reloads the page, so the timeline shows it; a
 * refused one keeps what the user wrote.
 */
@Named
@ViewScoped
public class NoteBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NoteService noteService;
  @Inject private CurrentUser currentUser;

  private String reference;
  private LocalDate date = LocalDate.now(ZoneId.of("Europe/Stockholm"));
  private InformationCategory category = InformationCategory.NOTES;
  private String text;

  public String write() {
    try {
      boolean written =
          noteService
              .write(currentUser.actor(), reference, new NoteDraft(date, category, text))
              .isPresent();
      if (written) {
        Messages.addFlashGlobalInfo("note.written");
        return "/participant/view?faces-redirect=true&ref=" + reference;
      }
      Messages.addGlobalError("note.notEngaged");
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
    return null;
  }

  /** Identity data is never a note: it lives on the participant itself. */
  public List<InformationCategory> getCategories() {
    return Arrays.stream(InformationCategory.values())
        .filter(c -> c != InformationCategory.IDENTITY_AND_CONTACT)
        .toList();
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public InformationCategory getCategory() {
    return category;
  }

  public void setCategory(InformationCategory category) {
    this.category = category;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
