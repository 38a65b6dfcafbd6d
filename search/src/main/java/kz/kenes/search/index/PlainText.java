package kz.kenes.search.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of cooked (sanitized) HTML: tags become spaces, entities are decoded. */
public final class PlainText {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PlainText() {}

  public static String of(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    String text = TAG.matcher(html).replaceAll(" ");
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
    }
    m.appendTail(out);
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  private static String decode(String entity, String whole) {
    try {
      if (entity.startsWith("#x") || entity.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
      }
      if (entity.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
      }
    } catch (IllegalArgumentException e) {
      return whole;
    }
    return switch (entity) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> whole;
    };
  }
}
