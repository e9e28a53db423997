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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A member authority (huvudman) of the förbund, or the förbund's own office. */
@Entity
@Table(name = "agency")
@NamedQuery(
    name = "Agency.findAllWithUnits",
    query = "SELECT DISTINCT a FROM Agency a LEFT JOIN FETCH a.units ORDER BY a.name")
@NamedQuery(name = "Agency.findByCode", query = "SELECT a FROM Agency a WHERE a.code = :code")
public class Agency {

  public static final int MAX_NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "forbund_id")
  private Forbund forbund;

  @Column(nullable = false, unique = true)
  private AgencyCode code;

  @Column(nullable = false)
  @Size(max = MAX_NAME_LENGTH)
  private String name;

  @OneToMany(mappedBy = "agency")
  @OrderBy("name")
  private List<Unit> units = new ArrayList<>();

  @Version private long version;

  protected Agency() {}

  Agency(Forbund forbund, AgencyCode code, String name) {
    this.forbund = forbund;
    this.code = code;
    this.name = Names.required(name, MAX_NAME_LENGTH);
  }

  void rename(String newName) {
    this.name = Names.required(newName, MAX_NAME_LENGTH);
  }

  Unit addUnit(String unitName) {
    String required = Names.required(unitName, Unit.MAX_NAME_LENGTH);
    if (units.stream().anyMatch(u -> u.getName().equalsIgnoreCase(required))) {
      throw new OrganisationRuleException("organisation.unit.duplicate");
    }
    Unit unit = new Unit(this, required);
    units.add(unit);
    return unit;
  }

  public Long getId() {
    return id;
  }

  public Forbund getForbund() {
    return forbund;
  }

  public AgencyCode getCode() {
    return code;
  }

  public AgencyKind getKind() {
    return code.kind();
  }

  public String getName() {
    return name;
  }

  public long getVersion() {
    return version;
  }

  public List<Unit> getUnits() {
    return Collections.unmodifiableList(units);
  }
}
