package se.samsyn.benchmark.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The förbund's authorities and their units as the demo organisation registers them. Authorities
 * are referred to by their index in {@link #MEMBERS} (the förbund's own office is {@link
 * #FORBUND}), so that the generators can keep millions of references in small arrays.
 */
final class Authorities {

  static final List<String> MEMBERS = List.of("FK", "AF", "REGION", "KOMMUN-0181", "KOMMUN-0140");

  static final String FORBUND = "FORBUND";

  /** How the participants' first engagements are spread: FK and AF meet most of them. */
  static final double[] FIRST_ENGAGEMENT_SHARE = {0.30, 0.25, 0.20, 0.17, 0.08};

  record Unit(long id, String name) {}

  private final Map<String, List<Unit>> units;

  private Authorities(Map<String, List<Unit>> units) {
    this.units = units;
  }

  static Authorities read(Connection connection) throws SQLException {
    Map<String, List<Unit>> units = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT a.code, u.id, u.name FROM unit u JOIN agency a ON a.id = u.agency_id"
                    + " ORDER BY a.code, u.name")) {
      while (rows.next()) {
        units
            .computeIfAbsent(rows.getString(1), code -> new ArrayList<>())
            .add(new Unit(rows.getLong(2), rows.getString(3)));
      }
    }
    for (String code : concat(MEMBERS, FORBUND)) {
      if (!units.containsKey(code)) {
        throw new IllegalStateException(
            "The organisation has no unit of " + code + ": apply db/demo first");
      }
    }
    return new Authorities(units);
  }

  List<Unit> units(String code) {
    return units.get(code);
  }

  private static List<String> concat(List<String> codes, String code) {
    List<String> all = new ArrayList<>(codes);
    all.add(code);
    return all;
  }
}
