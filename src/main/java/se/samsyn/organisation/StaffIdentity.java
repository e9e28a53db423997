package se.samsyn.organisation;

/** What the identity provider says about a staff member at login. */
public record StaffIdentity(
    String subject, String username, String name, String email, AgencyCode agency) {}
