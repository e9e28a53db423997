package se.samsyn.notice;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A notice as its recipient sees it. */
public record NoticeView(
    long id,
    String messageKey,
    List<String> parameters,
    String participantReference,
    Instant createdAt)
    implements Serializable {

  static NoticeView of(Notice notice) {
    String parameters = notice.getMessageParameters();
    return new NoticeView(
        notice.getId(),
        notice.getMessageKey(),
        parameters == null ? List.of() : List.of(parameters.split("\\|", -1)),
        notice.getParticipantReference(),
        notice.getCreatedAt());
  }
}
