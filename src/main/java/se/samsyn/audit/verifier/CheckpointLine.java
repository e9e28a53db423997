package se.samsyn.audit.verifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One exported checkpoint as one line of {@code key=value} fields, the last one the HMAC of the
 * others: plain text, so that the verifier needs no JSON library and a line can be appended and
 * read back without the application.
 */
public record CheckpointLine(
    long checkpointId,
    long firstEntryId,
    long lastEntryId,
    long entries,
    String chainHash,
    String previousHash,
    String checkpointHash,
    Instant sealedAt) {

  private static final String SIGNATURE = " signature=";

  /** The line as it goes into the file, signed. */
  public String format(Seals seals) {
    String payload = payload();
    return payload + SIGNATURE + seals.sign(payload);
  }

  /** The checkpoint a line holds, if its signature is one made with this key. */
  public static Optional<CheckpointLine> parse(String line, Seals seals) {
    int at = line.lastIndexOf(SIGNATURE);
    if (at < 0) {
      return Optional.empty();
    }
    String payload = line.substring(0, at);
    String signature = line.substring(at + SIGNATURE.length()).strip();
    if (!MessageDigest.isEqual(
        signature.getBytes(StandardCharsets.UTF_8),
        seals.sign(payload).getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String field : payload.split(" ")) {
      int equals = field.indexOf('=');
      if (equals > 0) {
        fields.put(field.substring(0, equals), field.substring(equals + 1));
      }
    }
    try {
      return Optional.of(
          new CheckpointLine(
              Long.parseLong(fields.get("checkpoint")),
              Long.parseLong(fields.get("first")),
              Long.parseLong(fields.get("last")),
              Long.parseLong(fields.get("entries")),
              fields.get("chain"),
              fields.get("previous"),
              fields.get("hash"),
              Instant.parse(fields.get("sealedAt"))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private String payload() {
    return "checkpoint="
        + checkpointId
        + " first="
        + firstEntryId
        + " last="
        + lastEntryId
        + " entries="
        + entries
        + " chain="
        + chainHash
        + " previous="
        + previousHash
        + " hash="
        + checkpointHash
        + " sealedAt="
        + sealedAt;
  }
}
