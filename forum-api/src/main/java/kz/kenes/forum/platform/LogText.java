package kz.kenes.forum.platform;

/**
 * What may go into a log line, the one policy of every module's message logger: user-supplied text
 * escaped ({@link #escape}: control characters — line breaks, tabs, NUL, … — written as escapes, so
 * a value cannot forge or split log lines), and failures as their types ({@link #types}) or types
 * and stack frames ({@link #trace}, with {@code ProblemMapper}'s correlation id for a 500), never
 * the message of an exception that may quote personal data. Never log IINs, phone numbers (mask
 * them), names, addresses or appeal text.
 */
public final class LogText {
  private LogText() {}

  public static String escape(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A failure as the type of the exception, and of its root cause when it has one. */
  public static String types(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == failure
        ? failure.getClass().getName()
        : failure.getClass().getName() + " caused by " + root.getClass().getName();
  }

  /**
   * The exception chain as types and stack frames, with each message escaped unless the exception
   * is of a kind that quotes data (SQL errors quote values; validation errors quote input):
   * personal data never goes to the log.
   */
  public static String trace(Throwable failure) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
      out.append(depth == 0 ? "" : "caused by: ").append(t.getClass().getName());
      if (t.getMessage() != null && !carriesData(t)) {
        out.append(": ").append(escape(t.getMessage()));
      }
      out.append('\n');
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, 12); i++) {
        out.append("\tat ").append(frames[i]).append('\n');
      }
    }
    return out.toString();
  }

  private static boolean carriesData(Throwable t) {
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      String name = c.getName();
      if (name.equals("java.sql.SQLException")
          || name.equals("org.hibernate.JDBCException")
          || name.equals("jakarta.validation.ConstraintViolationException")) {
        return true;
      }
    }
    return false;
  }
}
