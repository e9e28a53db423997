package se.samsyn.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import se.samsyn.consent.InformationCategory;
import se.samsyn.organisation.AgencyCode;

/**
 * A short dated note an authority writes about a participant. Its authority and category decide,
 * through the consent rule, who else may read it. Notes are not edited: a correction is a new note.
 */
@Entity
@Table(name = "coordination_note")
@NamedQuery(
    name = "CoordinationNote.findByParticipant",
    query = "SELECT n FROM CoordinationNote n WHERE n.participantId = :participant")
public class CoordinationNote {

  public static final int MAX_TEXT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "participant_id", nullable = false, updatable = false)
  private Long participantId;

  @Column(name = "author_agency", nullable = false, updatable = false)
  private AgencyCode authorAgency;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(name = "note_date", nullable = false, updatable = false)
  private LocalDate noteDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private InformationCategory category;

  @Column(nullable = false, updatable = false)
  @Size(max = MAX_TEXT)
  private String text;

  @Column(name = "written_at", nullable = false, updatable = false)
  private OffsetDateTime writtenAt;

  protected CoordinationNote() {}

  CoordinationNote(
      long participantId,
      AgencyCode authorAgency,
      String author,
      String authorName,
      NoteDraft draft,
      LocalDate today,
      Instant now) {
    if (draft.date() == null) {
      throw new InvalidNoteException("note.date.required").about("date");
    }
    if (draft.date().isAfter(today)) {
      throw new InvalidNoteException("note.date.future").about("date");
    }
    if (draft.category() == null || draft.category() == InformationCategory.IDENTITY_AND_CONTACT) {
      throw new InvalidNoteException("note.category.invalid").about("category");
    }
    if (draft.text() == null || draft.text().isBlank()) {
      throw new InvalidNoteException("note.text.required").about("text");
    }
    if (draft.text().strip().length() > MAX_TEXT) {
      throw new InvalidNoteException("note.text.tooLong").about("text");
    }
    this.participantId = participantId;
    this.authorAgency = authorAgency;
    this.author = author;
    this.authorName = authorName;
    this.noteDate = draft.date();
    this.category = draft.category();
    this.text = draft.text().strip();
    this.writtenAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public AgencyCode getAuthorAgency() {
    return authorAgency;
  }

  public String getAuthorName() {
    return authorName;
  }

  public LocalDate getNoteDate() {
    return noteDate;
  }

  public InformationCategory getCategory() {
    return category;
  }

  public String getText() {
    return text;
  }
}
