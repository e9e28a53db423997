package se.samsyn.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** A unit (enhet) of an authority, such as a vårdcentral or a social services office. */
@Entity
@Table(name = "unit")
public class Unit {

  public static final int MAX_NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @Column(nullable = false)
  @Size(max = MAX_NAME_LENGTH)
  private String name;

  @Version private long version;

  protected Unit() {}

  Unit(Agency agency, String name) {
    this.agency = agency;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public Agency getAgency() {
    return agency;
  }

  public String getName() {
    return name;
  }
}
