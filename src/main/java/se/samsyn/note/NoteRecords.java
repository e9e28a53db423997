package se.samsyn.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.samsyn.timeline.TimelineEntry;
import se.samsyn.timeline.TimelineSource;

/** Every authority's notes, for the gated timeline. */
@ApplicationScoped
public class NoteRecords implements TimelineSource {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public List<TimelineEntry> entries(long participantId) {
    return entityManager
        .createNamedQuery("CoordinationNote.findByParticipant", CoordinationNote.class)
        .setParameter("participant", participantId)
        .getResultStream()
        .map(
            note ->
                new TimelineEntry(
                    NoteService.RECORD_TYPE,
                    String.valueOf(note.getId()),
                    note.getAuthorAgency(),
                    note.getAuthorName(),
                    note.getCategory(),
                    note.getNoteDate(),
                    "timeline.note",
                    note.getText()))
        .toList();
  }
}
