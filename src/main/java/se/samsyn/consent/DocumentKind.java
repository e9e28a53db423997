package se.samsyn.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a signed consent may be kept as, told by their first bytes rather than by the
 * name or type the browser claims.
 */
enum DocumentKind {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  private final String contentType;
  private final byte[] signature;

  DocumentKind(String contentType, byte[] signature) {
    this.contentType = contentType;
    this.signature = signature;
  }

  String contentType() {
    return contentType;
  }

  static Optional<DocumentKind> of(byte[] content) {
    return Arrays.stream(values())
        .filter(
            kind ->
                content.length >= kind.signature.length
                    && Arrays.equals(
                        content,
                        0,
                        kind.signature.length,
                        kind.signature,
                        0,
                        kind.signature.length))
        .findFirst();
  }
}
