package se.samsyn.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.samsyn.audit.AccessAction;
import se.samsyn.audit.AccessBasis;
import se.samsyn.audit.AccessDecision;
import se.samsyn.audit.AccessLogFilter;
import se.samsyn.audit.AuditService;
import se.samsyn.audit.LoggedAccess;
import se.samsyn.audit.VerificationResult;
import se.samsyn.platform.BusinessException;
import se.samsyn.security.CurrentUser;

/** The auditor's access log: filter, page through, export as CSV, verify the seals. */
@Named
@ViewScoped
public class AccessLogBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject private AuditService auditService;
  @Inject private CurrentUser currentUser;

  private Long participantId;
  private String username;
  private String agency;
  private LocalDate from;
  private LocalDate to;
  private AccessAction action;
  private AccessDecision decision;
  private AccessBasis basis;
  private Long consentId;
  private VerificationResult verification;
  private final Entries entries = new Entries();

  public void verify() {
    try {
      verification = auditService.verify(currentUser.actor());
    } catch (BusinessException e) {
      Messages.addGlobalError(e.messageKey(), e.parameters());
    }
  }

  public void exportCsv() throws IOException {
    Faces.sendFile(
        "access-log.csv",
        true,
        output -> auditService.export(currentUser.actor(), filter(), output));
  }

  private AccessLogFilter filter() {
    return new AccessLogFilter(
        participantId,
        blankToNull(username),
        blankToNull(agency),
        from == null ? null : from.atStartOfDay(SWEDEN).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(SWEDEN).toInstant(),
        action,
        decision,
        basis,
        consentId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public LazyDataModel<LoggedAccess> getEntries() {
    return entries;
  }

  public AccessAction[] getActions() {
    return AccessAction.values();
  }

  public AccessBasis[] getBases() {
    return AccessBasis.values();
  }

  public AccessBasis getBasis() {
    return basis;
  }

  public void setBasis(AccessBasis basis) {
    this.basis = basis;
  }

  public Long getConsentId() {
    return consentId;
  }

  public void setConsentId(Long consentId) {
    this.consentId = consentId;
  }

  public AccessDecision[] getDecisions() {
    return AccessDecision.values();
  }

  public VerificationResult getVerification() {
    return verification;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public void setParticipantId(Long participantId) {
    this.participantId = participantId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public AccessAction getAction() {
    return action;
  }

  public void setAction(AccessAction action) {
    this.action = action;
  }

  public AccessDecision getDecision() {
    return decision;
  }

  public void setDecision(AccessDecision decision) {
    this.decision = decision;
  }

  private class Entries extends LazyDataModel<LoggedAccess> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, auditService.count(currentUser.actor(), filter()));
    }

    @Override
    public List<LoggedAccess> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return auditService.search(currentUser.actor(), filter(), first, pageSize);
    }

    @Override
    public String getRowKey(LoggedAccess entry) {
      return Long.toString(entry.position());
    }
  }
}
