package se.samsyn.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samsyn.organisation.AgencyCode;
import se.samsyn.organisation.StaffIdentity;

/**
 * The caller as the identity provider's token describes them. An {@code agency} claim that is no
 * valid authority code leaves the user without an authority, never with a guessed one.
 */
public record AuthenticatedUser(
    String subject,
    String username,
    String name,
    String email,
    Optional<AgencyCode> agency,
    Set<Role> roles) {

  public static AuthenticatedUser fromClaims(
      String subject,
      String username,
      String name,
      String email,
      String agencyClaim,
      Collection<String> groups) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    groups.forEach(group -> Role.fromRoleName(group).ifPresent(roles::add));
    return new AuthenticatedUser(
        subject,
        username,
        name == null || name.isBlank() ? username : name,
        email,
        parseAgency(agencyClaim),
        Set.copyOf(roles));
  }

  private static Optional<AgencyCode> parseAgency(String claim) {
    try {
      return Optional.of(AgencyCode.of(claim));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public Set<String> roleNames() {
    return roles.stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet());
  }

  public StaffIdentity toStaffIdentity() {
    return new StaffIdentity(subject, username, name, email, agency.orElse(null));
  }
}
