package se.samsyn.platform;

import jakarta.ejb.ApplicationException;
import java.util.Optional;

/**
 * A rule of the domain said no. Carries a message key of the UI bundle, so that pages and the API
 * can tell the user exactly what to do; the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String[] parameters;
  private String field;

  /**
   * @param parameters fill the message's {0}, {1}, …
   */
  protected BusinessException(String messageKey, String... parameters) {
    super(messageKey);
    this.messageKey = messageKey;
    this.parameters = parameters.clone();
  }

  /**
   * Names the one field of what was entered that the rule is about, as the API's requests name it
   * ({@code reason}, {@code validUntil}), so that the answer can point at it. Set where the
   * exception is thrown: {@code throw new InvalidNoteException("note.date.future").about("date")}.
   */
  public BusinessException about(String field) {
    this.field = field;
    return this;
  }

  /** The one field the rule is about; empty for a rule about the whole or about several fields. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] parameters() {
    return parameters.clone();
  }
}
