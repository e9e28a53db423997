package se.samsyn.notice;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import se.samsyn.audit.Actor;
import se.samsyn.organisation.OrganisationService;
import se.samsyn.organisation.StaffMember;

/** In-app notices to staff members, shown on their start page until they mark them read. */
@Stateless
public class NoticeService {

  @PersistenceContext private EntityManager entityManager;
  @Inject private OrganisationService organisation;

  @Inject private Clock clock;

  /**
   * Leaves a notice for a staff member, in the transaction of the change it tells about.
   *
   * @param parameters the message's parameters; none may contain "|"
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void notify(
      long staffId, String messageKey, String participantReference, String... parameters) {
    entityManager.persist(
        new Notice(
            staffId,
            messageKey,
            parameters.length == 0 ? null : String.join("|", parameters),
            participantReference,
            Instant.now(clock)));
  }

  /** The caller's unread notices, newest first. */
  public List<NoticeView> unread(Actor actor) {
    return organisation
        .staffMember(actor.staffSubject())
        .map(
            staff ->
                entityManager
                    .createNamedQuery("Notice.unread", Notice.class)
                    .setParameter("staff", staff.getId())
                    .getResultStream()
                    .map(NoticeView::of)
                    .toList())
        .orElse(List.of());
  }

  /** Marks one of the caller's own notices read; another's is left alone. */
  public void markRead(Actor actor, long noticeId) {
    Long staffId =
        organisation.staffMember(actor.staffSubject()).map(StaffMember::getId).orElse(null);
    Notice notice = entityManager.find(Notice.class, noticeId);
    if (notice != null && notice.getRecipientStaffId().equals(staffId)) {
      notice.markRead(Instant.now(clock));
    }
  }
}
