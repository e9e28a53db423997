package se.samsyn.test;

import java.util.List;

/** The demo realm's users (config/keycloak/samsyn-realm.json), all with password "demo". */
public enum DemoUser {
  FK_CASE_WORKER("fk.handlaggare", "Anna Andersson", "FK", List.of("case-worker")),
  AF_CASE_WORKER("af.handlaggare", "Bertil Berg", "AF", List.of("case-worker")),
  REGION_CASE_WORKER("region.handlaggare", "Cecilia Carlsson", "REGION", List.of("case-worker")),
  SODERTALJE_CASE_WORKER(
      "sodertalje.handlaggare", "David Dahl", "KOMMUN-0181", List.of("case-worker")),
  NYKVARN_CASE_WORKER("nykvarn.handlaggare", "Eva Ek", "KOMMUN-0140", List.of("case-worker")),
  COORDINATOR("samordnare", "Fatima Falk", "REGION", List.of("case-worker", "coordinator")),
  AUDITOR("granskare", "Gustav Gran", "FORBUND", List.of("auditor")),
  FK_AUDITOR("fk.granskare", "Greta Granlund", "FK", List.of("auditor")),
  /** An auditor whose token carries no agency claim: sees nothing. */
  AUDITOR_WITHOUT_AUTHORITY("granskare.utan.myndighet", "Gösta Gränslös", null, List.of("auditor")),
  STATISTICS("statistik", "Hanna Holm", "FORBUND", List.of("statistics")),
  ADMIN("admin", "Ivar Isaksson", "FORBUND", List.of("admin"));

  public static final String PASSWORD = "demo";

  private final String username;
  private final String fullName;
  private final String agency;
  private final List<String> roles;

  DemoUser(String username, String fullName, String agency, List<String> roles) {
    this.username = username;
    this.fullName = fullName;
    this.agency = agency;
    this.roles = roles;
  }

  public String username() {
    return username;
  }

  public String fullName() {
    return fullName;
  }

  public String agency() {
    return agency;
  }

  /** Sorted as the application lists them. */
  public List<String> roles() {
    return roles;
  }
}
