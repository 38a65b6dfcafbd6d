package kz.kenes.forum.platform;

import java.util.List;

/**
 * An expected failure of a use case. The message is a resource-bundle key (never text for the user,
 * never personal data); {@link ProblemMapper} turns it into the right HTTP status and a translated
 * title.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient List<Object> args;

  protected DomainException(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = List.of(args);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.toArray();
  }

  /** The HTTP status this failure stands for. */
  public abstract int status();

  /** 404: the thing asked for does not exist (or is not visible to the caller). */
  public static final class NotFound extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFound(String messageKey, Object... args) {
      super(messageKey, args);
    }

    @Override
    public int status() {
      return 404;
    }
  }

  /** 409: the action conflicts with the current state (duplicate, stale version). */
  public static final class Conflict extends DomainException {
    private static final long serialVersionUID = 1L;

    public Conflict(String messageKey, Object... args) {
      super(messageKey, args);
    }

    @Override
    public int status() {
      return 409;
    }
  }

  /** 403: the caller is known but may not do this. */
  public static final class Forbidden extends DomainException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String messageKey, Object... args) {
      super(messageKey, args);
    }

    @Override
    public int status() {
      return 403;
    }
  }

  /** 429: the caller acted too often; {@code retryAfterSeconds} says when to try again. */
  public static final class TooManyRequests extends DomainException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyRequests(long retryAfterSeconds) {
      super("error.rate-limited", retryAfterSeconds);
      this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }

    @Override
    public int status() {
      return 429;
    }
  }

  /** 503: the service cannot answer now (for instance while it rebuilds); try again later. */
  public static final class Unavailable extends DomainException {
    private static final long serialVersionUID = 1L;

    public Unavailable(String messageKey, Object... args) {
      super(messageKey, args);
    }

    @Override
    public int status() {
      return 503;
    }
  }

  /** 413: the request body is larger than {@link BodyLimit#MAX_BYTES}; the title states it. */
  public static final class TooLarge extends DomainException {
    private static final long serialVersionUID = 1L;

    public TooLarge() {
      super("error.too-large", String.valueOf(BodyLimit.MAX_BYTES / 1024));
    }

    @Override
    public int status() {
      return 413;
    }
  }

  /** 401: the caller must sign in first. */
  public static final class Unauthenticated extends DomainException {
    private static final long serialVersionUID = 1L;

    public Unauthenticated() {
      super("error.unauthenticated");
    }

    @Override
    public int status() {
      return 401;
    }
  }

  /** 400: the input breaks one or more rules; each broken rule names its field. */
  public static final class InvalidInput extends DomainException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
      super("error.invalid-input");
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid input names at least one field");
      }
      this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
      return errors;
    }

    @Override
    public int status() {
      return 400;
    }
  }
}
