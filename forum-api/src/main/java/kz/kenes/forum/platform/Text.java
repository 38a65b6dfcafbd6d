package kz.kenes.forum.platform;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one normalizer of text people type: drops NUL and the other C0 and C1 control characters (a
 * Markdown body keeps its line breaks and tabs) and bidi embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069) that are not closed in the same text, so that a title or a name
 * cannot reverse the page around it.
 */
public final class Text {
  private Text() {}

  /** Single-line text (titles, names, positions): every control character goes. */
  public static String line(String value) {
    return clean(value, false);
  }

  /** Multi-line text (Markdown bodies, reasons): line breaks and tabs stay. */
  public static String multiline(String value) {
    return clean(value, true);
  }

  private static String clean(String value, boolean lines) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(value.length());
    // positions in out of bidi openers not closed yet, and whether each is an isolate
    Deque<int[]> open = new ArrayDeque<>();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\t' || c == '\r'))) {
        continue;
      }
      if (isEmbeddingOpener(c) || isIsolateOpener(c)) {
        open.push(new int[] {out.length(), isIsolateOpener(c) ? 1 : 0});
      } else if (c == '\u202C' || c == '\u2069') {
        int isolate = c == '\u2069' ? 1 : 0;
        if (open.isEmpty() || open.peek()[1] != isolate) {
          continue; // a closer with no opener of its kind
        }
        open.pop();
      }
      out.append(c);
    }
    // openers never closed: remove them, last first so that earlier positions stay right
    while (!open.isEmpty()) {
      out.deleteCharAt(open.pop()[0]);
    }
    return out.toString();
  }

  private static boolean isEmbeddingOpener(char c) {
    return c == '\u202A' || c == '\u202B' || c == '\u202D' || c == '\u202E';
  }

  private static boolean isIsolateOpener(char c) {
    return c >= '\u2066' && c <= '\u2068';
  }
}
