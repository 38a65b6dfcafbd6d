package kz.kenes.forum.survey;

/**
 * A text as given: one string for every language, or {kk, ru, en}. {@code wellFormed} is false when
 * it was neither (a number, a list, an object with a non-text member).
 */
public record TextInput(String kk, String ru, String en, boolean wellFormed) {
  public static TextInput same(String text) {
    return new TextInput(text, text, text, true);
  }

  public static TextInput of(String kk, String ru, String en) {
    return new TextInput(kk, ru, en, true);
  }

  public static TextInput malformed() {
    return new TextInput(null, null, null, false);
  }
}
