package kz.kenes.sms;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet with its extension table, one septet a byte (unpacked), as SMPP
 * carries it with {@code data_coding} 0x00.
 */
public final class Gsm7 {

  private static final char ESCAPE = 0x1B;

  /** The 128 characters of the default alphabet in septet order (0x1B is the escape). */
  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅå"
          + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
          + " !\"#¤%&'()*+,-./"
          + "0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNO"
          + "PQRSTUVWXYZÄÖÑÜ§"
          + "¿abcdefghijklmno"
          + "pqrstuvwxyzäöñüà";

  /** Characters of the extension table, each sent as the escape and the septet beside it. */
  private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";

  private static final byte[] EXTENSION_SEPTETS = {
    0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65
  };

  private Gsm7() {}

  /** True when every character of the text has a GSM-7 septet (basic or extension). */
  public static boolean canEncode(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (septets(text.charAt(i)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** 1 for a basic character, 2 for an extension character, 0 when GSM-7 cannot carry it. */
  public static int septets(char c) {
    if (c != ESCAPE && BASIC.indexOf(c) >= 0) {
      return 1;
    }
    return EXTENSION_CHARS.indexOf(c) >= 0 ? 2 : 0;
  }

  /** The unpacked septets of a text that {@link #canEncode} accepts. */
  public static byte[] encode(CharSequence text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
      if (basic >= 0) {
        out.write(basic);
        continue;
      }
      int extension = EXTENSION_CHARS.indexOf(c);
      if (extension < 0) {
        throw new IllegalArgumentException("not a GSM-7 character at index " + i);
      }
      out.write(ESCAPE);
      out.write(EXTENSION_SEPTETS[extension]);
    }
    return out.toByteArray();
  }

  /** The text of unpacked septets; unknown septets read as '?'. */
  public static String decode(byte[] septets, int offset, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = offset; i < offset + length; i++) {
      int septet = septets[i] & 0x7F;
      if (septet == ESCAPE && i + 1 < offset + length) {
        int next = septets[++i] & 0x7F;
        int at = -1;
        for (int e = 0; e < EXTENSION_SEPTETS.length; e++) {
          if (EXTENSION_SEPTETS[e] == next) {
            at = e;
          }
        }
        text.append(at >= 0 ? EXTENSION_CHARS.charAt(at) : '?');
      } else {
        text.append(septet == ESCAPE ? ' ' : BASIC.charAt(septet));
      }
    }
    return text.toString();
  }
}
