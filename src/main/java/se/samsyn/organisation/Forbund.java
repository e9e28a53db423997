package se.samsyn.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The coordination association whose member authorities work together in Samsyn. */
@Entity
@Table(name = "forbund")
@NamedQuery(name = "Forbund.findAll", query = "SELECT f FROM Forbund f ORDER BY f.name")
public class Forbund {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Version private long version;

  protected Forbund() {}

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
