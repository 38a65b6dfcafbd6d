package kz.kenes.forum.platform;

import java.util.Objects;

/** One broken input rule: the field's name (as on the wire and in forms) and a message key. */
public record FieldError(String field, String messageKey) {
  public FieldError {
    Objects.requireNonNull(field);
    Objects.requireNonNull(messageKey);
  }
}
