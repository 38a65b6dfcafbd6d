package kz.kenes.forum.platform;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} names the fields of a 400; {@code correlationId}
 * ties a 5xx to the server log without showing any exception text.
 */
public record ProblemDetail(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<Field> errors,
    String correlationId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One broken field rule, translated. */
  public record Field(String field, String code, String message) {}
}
