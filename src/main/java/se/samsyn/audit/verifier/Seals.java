package se.samsyn.audit.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hashes that make the access log tamper-evident, shared by the application and the
 * stand-alone verifier (so this package uses the JDK alone). Each sealed entry extends a running
 * HMAC-SHA256 chain; each checkpoint binds the chain's state to the checkpoint before it. Without
 * the key, someone who can write the tables cannot compute a chain that verifies.
 */
public final class Seals {

  public static final String GENESIS = "0".repeat(64);

  private static final String HMAC = "HmacSHA256";
  private static final String FIELD_SEPARATOR = "\u001f";

  /** Null for the unkeyed scheme. */
  private final SecretKeySpec key;

  public Seals(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("no signing key");
    }
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC);
  }

  private Seals() {
    this.key = null;
  }

  /**
   * The plain SHA-256 chain the application sealed with before its seals were keyed (migration
   * V21). Checkpoints sealed then cannot be sealed again, the log being append-only, so they are
   * verified with this; anyone who can write the tables can recompute it.
   */
  public static Seals unkeyed() {
    return new Seals();
  }

  /**
   * An entry's fields in their fixed order, separated by a character no field contains; a missing
   * field is "null". The record's authority came later: it is appended only when present, so
   * entries sealed before it existed hash as they did.
   */
  public static String canonical(List<String> fields, String recordAgency) {
    String joined = String.join(FIELD_SEPARATOR, fields.stream().map(String::valueOf).toList());
    return recordAgency == null ? joined : joined + FIELD_SEPARATOR + recordAgency;
  }

  public String extend(String chainHash, String canonicalEntry) {
    return mac(chainHash + "\n" + canonicalEntry);
  }

  public String checkpointHash(
      String previousCheckpointHash,
      long firstEntryId,
      long lastEntryId,
      long count,
      String chainHash,
      Instant sealedAt) {
    return mac(
        String.join(
            "\n",
            previousCheckpointHash,
            Long.toString(firstEntryId),
            Long.toString(lastEntryId),
            Long.toString(count),
            chainHash,
            sealedAt.toString()));
  }

  /** The HMAC of a text, for signing exported checkpoints; never unkeyed. */
  public String sign(String text) {
    if (key == null) {
      throw new IllegalStateException("unkeyed seals sign nothing");
    }
    return mac(text);
  }

  private String mac(String text) {
    try {
      if (key == null) {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
      }
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
    }
  }
}
