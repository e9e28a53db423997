package se.samsyn.security;

import java.util.Arrays;
import java.util.Optional;

/** The application roles, as the identity provider names them. */
public enum Role {
  CASE_WORKER("case-worker"),
  COORDINATOR("coordinator"),
  AUDITOR("auditor"),
  STATISTICS("statistics"),
  ADMIN("admin");

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  /** The role of that name; an unknown name (the identity provider adds its own) is no role. */
  public static Optional<Role> fromRoleName(String roleName) {
    return Arrays.stream(values()).filter(role -> role.roleName.equals(roleName)).findFirst();
  }
}
