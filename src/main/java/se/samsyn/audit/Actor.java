package se.samsyn.audit;

/**
 * Who acts and from where, as the access log records it. The session id is stored only as a hash,
 * so that reviewers can group a session's entries without being able to take the session over.
 */
public record Actor(
    String staffSubject,
    String username,
    String agency,
    String unit,
    String roles,
    String clientAddress,
    String sessionId) {}
