package se.samsyn.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samsyn.test.Deployments;

/** The organisation feature in the container, on the database the build chose. */
@Tag("h2")
@ExtendWith(ArquillianExtension.class)
class OrganisationServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.feature("organisation");
  }

  @Inject private OrganisationService organisationService;

  @Test
  void theMigrationsAndDemoDataGiveTheForbundWithItsAuthoritiesAndUnits() {
    assertEquals(
        List.of("Samordningsförbundet Södertälje–Nykvarn"),
        organisationService.forbund().stream().map(Forbund::getName).toList());
    List<String> codes =
        organisationService.agenciesWithUnits().stream().map(a -> a.getCode().value()).toList();
    assertTrue(
        codes.containsAll(List.of("FK", "AF", "REGION", "KOMMUN-0181", "KOMMUN-0140", "FORBUND")),
        "authorities: " + codes);
    Agency region = organisationService.agency(AgencyCode.of("REGION")).orElseThrow();
    assertTrue(
        region.getUnits().stream()
            .anyMatch(u -> u.getName().equals("Psykiatrisk mottagning Södertälje")));
  }

  @Test
  void theFirstLoginCreatesTheStaffMemberAndLaterLoginsUpdateIt() {
    String subject = UUID.randomUUID().toString();
    StaffMember first =
        organisationService.recordLogin(
            new StaffIdentity(
                subject, "eva.ek", "Eva Ek", "eva@nykvarn.example", AgencyCode.of("KOMMUN-0140")));

    StaffMember again =
        organisationService.recordLogin(
            new StaffIdentity(
                subject,
                "eva.ek",
                "Eva Ekström",
                "eva@nykvarn.example",
                AgencyCode.of("KOMMUN-0140")));

    assertEquals(first.getId(), again.getId());
    StaffMember stored =
        organisationService.staff().stream()
            .filter(s -> s.getSubject().equals(subject))
            .findFirst()
            .orElseThrow();
    assertEquals("Eva Ekström", stored.getName());
    assertEquals(AgencyCode.of("KOMMUN-0140"), stored.getAgency());
    assertTrue(!stored.getLastLogin().isBefore(stored.getFirstLogin()));
  }

  /** An API client's parallel requests each record the login; none may fail for the others. */
  @Test
  void parallelLoginsOfOneUserThatChangeTheStaffMemberAllSucceed() throws Exception {
    String subject = UUID.randomUUID().toString();
    organisationService.recordLogin(
        new StaffIdentity(subject, "ada.af", "Ada Af", null, AgencyCode.of("AF")));
    StaffIdentity renamed =
        new StaffIdentity(subject, "ada.af", "Ada Arbetsförmedlare", null, AgencyCode.of("AF"));
    ExecutorService requests = Executors.newFixedThreadPool(16);
    try {
      List<Future<StaffMember>> logins = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        logins.add(requests.submit(() -> organisationService.recordLogin(renamed)));
      }
      for (Future<StaffMember> login : logins) {
        assertEquals("Ada Arbetsförmedlare", login.get(60, TimeUnit.SECONDS).getName());
      }
    } finally {
      requests.shutdownNow();
    }
  }

  @Test
  void theAdministratorAddsAMunicipalityAndItsUnitButNotTwice() {
    Agency salem = organisationService.addAgency("kommun-0128", "Salems kommun");
    organisationService.addUnit(salem.getId(), "Socialtjänsten Salem");

    assertEquals("KOMMUN-0128", salem.getCode().value());
    assertEquals(
        List.of("Socialtjänsten Salem"),
        organisationService.agency(AgencyCode.of("KOMMUN-0128")).orElseThrow().getUnits().stream()
            .map(Unit::getName)
            .toList());
    assertThrows(
        OrganisationRuleException.class,
        () -> organisationService.addAgency("KOMMUN-0128", "Igen"));
    assertThrows(
        OrganisationRuleException.class,
        () -> organisationService.addUnit(salem.getId(), "socialtjänsten salem"));
    assertThrows(
        OrganisationRuleException.class, () -> organisationService.addAgency("KOMMUN-12", "Fel"));
  }

  @Test
  void aStaffMemberIsPlacedOnlyInAUnitOfTheirOwnAuthority() {
    StaffMember eva =
        organisationService.recordLogin(
            new StaffIdentity(
                UUID.randomUUID().toString(), "eva", "Eva", null, AgencyCode.of("KOMMUN-0140")));
    Unit nykvarn =
        organisationService.agency(AgencyCode.of("KOMMUN-0140")).orElseThrow().getUnits().get(0);
    Unit fk = organisationService.agency(AgencyCode.of("FK")).orElseThrow().getUnits().get(0);

    assertThrows(
        OrganisationRuleException.class,
        () -> organisationService.assignUnit(eva.getId(), fk.getId()));
    organisationService.assignUnit(eva.getId(), nykvarn.getId());

    assertEquals(
        nykvarn.getName(), organisationService.unitOf(eva.getSubject()).orElseThrow().getName());
  }
}
