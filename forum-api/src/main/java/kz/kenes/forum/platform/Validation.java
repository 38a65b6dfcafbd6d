package kz.kenes.forum.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Collects field errors of one input and throws them together. */
public final class Validation {
  private final List<FieldError> errors = new ArrayList<>();

  /** Text that may span lines (a Markdown body, a reason), cleaned by {@link Text#multiline}. */
  public String requireText(String field, String value, int min, int max) {
    return require(field, Text.multiline(value), min, max);
  }

  /** Single-line text (a title, a name, a position), cleaned by {@link Text#line}. */
  public String requireLine(String field, String value, int min, int max) {
    return require(field, Text.line(value), min, max);
  }

  private String require(String field, String value, int min, int max) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.isEmpty()) {
      errors.add(new FieldError(field, "validation.required"));
    } else if (trimmed.codePointCount(0, trimmed.length()) < min) {
      errors.add(new FieldError(field, "validation.too-short"));
    } else if (trimmed.codePointCount(0, trimmed.length()) > max) {
      errors.add(new FieldError(field, "validation.too-long"));
    }
    return trimmed;
  }

  public <E extends Enum<E>> E requireEnum(String field, String value, Class<E> type) {
    return optionalEnum(field, value, type)
        .orElseGet(
            () -> {
              if (value == null || value.isBlank()) {
                errors.add(new FieldError(field, "validation.required"));
              }
              return null;
            });
  }

  public <E extends Enum<E>> Optional<E> optionalEnum(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.strip()));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "validation.unknown-value"));
      return Optional.empty();
    }
  }

  public <T> T check(String field, T value, Function<T, Boolean> rule, String messageKey) {
    if (value != null && !rule.apply(value)) {
      errors.add(new FieldError(field, messageKey));
    }
    return value;
  }

  public void reject(String field, String messageKey) {
    errors.add(new FieldError(field, messageKey));
  }

  /** Whether a field was rejected so far. */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors);
    }
  }

  /**
   * A {@code ?page=} value as typed (null when absent). Query parameters are taken as text and
   * parsed here, so that "abc" is a 400 naming {@code page} rather than JAX-RS's 404.
   */
  public static Integer page(String page) {
    if (page == null || page.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(page.strip());
    } catch (NumberFormatException e) {
      throw new DomainException.InvalidInput(List.of(new FieldError("page", "validation.range")));
    }
  }
}
