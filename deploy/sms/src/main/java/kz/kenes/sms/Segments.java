package kz.kenes.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a text travels as SMS: GSM-7 when every character is in the GSM 03.38 alphabet (160 septets
 * alone, 153 a segment when concatenated), otherwise UCS-2 (70 UTF-16 code units alone, 67 a
 * segment when concatenated; Kazakh and Russian text is always UCS-2). A segment never splits a
 * GSM-7 escape pair or a UTF-16 surrogate pair.
 *
 * <p>Kenes keeps its own texts to {@link #MAX_KENES_SEGMENTS} segments: check with {@code
 * Segments.of(text).count()}.
 */
public final class Segments {

  /** The longest Kenes lets its own texts grow (issue 12: "2 segments at most"). */
  public static final int MAX_KENES_SEGMENTS = 2;

  public static final int GSM7_SINGLE = 160;
  public static final int GSM7_PART = 153;
  public static final int UCS2_SINGLE = 70;
  public static final int UCS2_PART = 67;

  /** The alphabet of every segment of a message. */
  public enum Encoding {
    /** data_coding 0x00, one septet a byte. */
    GSM7,
    /** data_coding 0x08, UTF-16 big-endian. */
    UCS2
  }

  private final Encoding encoding;
  private final List<String> parts;

  private Segments(Encoding encoding, List<String> parts) {
    this.encoding = encoding;
    this.parts = List.copyOf(parts);
  }

  /** The segments of a text; an empty text is one empty segment. */
  public static Segments of(String text) {
    Objects.requireNonNull(text, "text");
    if (Gsm7.canEncode(text)) {
      return new Segments(Encoding.GSM7, split(text, GSM7_SINGLE, GSM7_PART, true));
    }
    return new Segments(Encoding.UCS2, split(text, UCS2_SINGLE, UCS2_PART, false));
  }

  /** The number of segments the text takes. */
  public static int count(String text) {
    return of(text).count();
  }

  public Encoding encoding() {
    return encoding;
  }

  /** The text of each segment, in order; joined they are the whole text. */
  public List<String> parts() {
    return parts;
  }

  public int count() {
    return parts.size();
  }

  /** True when the message needs a concatenation header (more than one segment). */
  public boolean concatenated() {
    return parts.size() > 1;
  }

  /** The bytes of one segment's text in this encoding (without any header). */
  public byte[] bytes(int index) {
    String part = parts.get(index);
    return encoding == Encoding.GSM7 ? Gsm7.encode(part) : part.getBytes(StandardCharsets.UTF_16BE);
  }

  private static List<String> split(String text, int single, int part, boolean gsm7) {
    if (units(text, 0, text.length(), gsm7) <= single) {
      return List.of(text);
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = start;
      int used = 0;
      while (end < text.length()) {
        int width = width(text, end, gsm7);
        int chars = gsm7 ? 1 : width;
        if (used + width > part) {
          break;
        }
        used += width;
        end += chars;
      }
      parts.add(text.substring(start, end));
      start = end;
    }
    return parts;
  }

  /** Septets (GSM-7) or UTF-16 code units (UCS-2) of the character at {@code index}. */
  private static int width(String text, int index, boolean gsm7) {
    char c = text.charAt(index);
    if (gsm7) {
      return Gsm7.septets(c);
    }
    return Character.isHighSurrogate(c)
            && index + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(index + 1))
        ? 2
        : 1;
  }

  private static int units(String text, int from, int to, boolean gsm7) {
    if (!gsm7) {
      return to - from;
    }
    int septets = 0;
    for (int i = from; i < to; i++) {
      septets += Gsm7.septets(text.charAt(i));
    }
    return septets;
  }
}
