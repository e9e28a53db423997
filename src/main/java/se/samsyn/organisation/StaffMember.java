package se.samsyn.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Mirrors a user of the identity provider. The identity provider is the source of truth: the row is
 * created on the first login and brought up to date on every later one.
 */
@Entity
@Table(name = "staff_member")
// Every request reads its caller by subject, and every access-log entry names the caller's unit:
// both in one statement.
@NamedQuery(
    name = "StaffMember.findBySubject",
    query = "SELECT s FROM StaffMember s LEFT JOIN FETCH s.unit WHERE s.subject = :subject")
@NamedQuery(
    name = "StaffMember.findAll",
    query = "SELECT s FROM StaffMember s ORDER BY s.name, s.username")
public class StaffMember {

  /** The column's length (V1__organisation.sql). */
  public static final int MAX_USERNAME_LENGTH = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String subject;

  @Column(nullable = false)
  @Size(max = MAX_USERNAME_LENGTH)
  private String username;

  @Column(nullable = false)
  private String name;

  private String email;

  private AgencyCode agency;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  // OffsetDateTime in UTC: EclipseLink 4.0 would serialise an Instant into a binary column.
  @Column(name = "first_login", nullable = false, updatable = false)
  private OffsetDateTime firstLogin;

  @Column(name = "last_login", nullable = false)
  private OffsetDateTime lastLogin;

  @Version private long version;

  protected StaffMember() {}

  StaffMember(StaffIdentity identity, Instant now) {
    this.subject = Objects.requireNonNull(identity.subject(), "subject");
    this.firstLogin = now.atOffset(ZoneOffset.UTC);
    recordLogin(identity, now);
  }

  void recordLogin(StaffIdentity identity, Instant now) {
    if (!subject.equals(identity.subject())) {
      throw new IllegalArgumentException("Login of another identity-provider user");
    }
    this.username = Objects.requireNonNull(identity.username(), "username");
    this.name = identity.name() == null || identity.name().isBlank() ? username : identity.name();
    this.email = identity.email();
    if (!Objects.equals(agency, identity.agency())) {
      unit = null;
    }
    this.agency = identity.agency();
    this.lastLogin = now.atOffset(ZoneOffset.UTC);
  }

  boolean isUpToDate(StaffIdentity identity, Instant loggedInSince) {
    return username.equals(identity.username())
        && Objects.equals(name, identity.name())
        && Objects.equals(email, identity.email())
        && Objects.equals(agency, identity.agency())
        && !lastLogin.toInstant().isBefore(loggedInSince);
  }

  /** A unit of another authority than the staff member's own is refused. */
  void assignUnit(Unit newUnit) {
    if (newUnit != null && !newUnit.getAgency().getCode().equals(agency)) {
      throw new OrganisationRuleException("organisation.staff.unitOfOtherAgency");
    }
    this.unit = newUnit;
  }

  public Unit getUnit() {
    return unit;
  }

  public Long getId() {
    return id;
  }

  public String getSubject() {
    return subject;
  }

  public String getUsername() {
    return username;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public AgencyCode getAgency() {
    return agency;
  }

  public Instant getFirstLogin() {
    return firstLogin.toInstant();
  }

  public Instant getLastLogin() {
    return lastLogin.toInstant();
  }
}
