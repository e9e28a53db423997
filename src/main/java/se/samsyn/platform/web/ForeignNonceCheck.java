package se.samsyn.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * A postback carrying another page's nonce is not processed: nothing of it is applied or invoked,
 * and PrimeFaces' check when the answer is rendered fails it (ExpiredViewFilter shows why). Without
 * this, PrimeFaces would notice only after the post's action had run.
 */
public class ForeignNonceCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final String NONCE = "primefaces.nonce";

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback() || context.getViewRoot() == null) {
      return;
    }
    Map<String, Object> view = context.getViewRoot().getViewMap(false);
    Object expected = view == null ? null : view.get(NONCE);
    String sent = context.getExternalContext().getRequestParameterMap().get(NONCE);
    if (expected != null && !expected.equals(sent)) {
      context.renderResponse();
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing before the view is restored
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }
}
