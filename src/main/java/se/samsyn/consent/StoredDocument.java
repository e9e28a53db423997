package se.samsyn.consent;

/** A signed consent document as it is handed out. */
public record StoredDocument(String fileName, String contentType, byte[] content) {}
