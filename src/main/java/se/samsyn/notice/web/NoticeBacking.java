package se.samsyn.notice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samsyn.notice.NoticeService;
import se.samsyn.notice.NoticeView;
import se.samsyn.security.CurrentUser;

/** The notices on the start page. */
@Named
@ViewScoped
public class NoticeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NoticeService noticeService;
  @Inject private CurrentUser currentUser;

  private List<NoticeView> notices;

  public List<NoticeView> getNotices() {
    if (notices == null) {
      notices = noticeService.unread(currentUser.actor());
    }
    return notices;
  }

  public void markRead(NoticeView notice) {
    noticeService.markRead(currentUser.actor(), notice.id());
    notices = null;
  }
}
