package kz.kenes.forum.content;

import kz.kenes.forum.platform.Language;

/**
 * Guesses the language a text is written in: letters only Kazakh has (ә ғ қ ң ө ұ ү һ і) mean
 * Kazakh, other Cyrillic means Russian, Kazakh Latin letters (ä ğ ñ ö ū ü ı ş) mean Kazakh, else
 * English. Good enough to choose the analysis of a post; the author's choice wins when given.
 */
public final class TextLanguage {
  private static final String KAZAKH_CYRILLIC = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
  private static final String KAZAKH_LATIN = "äğñöūüışÄĞÑÖŪÜİŞ";

  private TextLanguage() {}

  public static Language detect(String text) {
    if (text == null) {
      return Language.DEFAULT;
    }
    int cyrillic = 0;
    int latin = 0;
    int kazakhCyrillic = 0;
    int kazakhLatin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (KAZAKH_CYRILLIC.indexOf(c) >= 0) {
        kazakhCyrillic++;
      } else if (KAZAKH_LATIN.indexOf(c) >= 0) {
        kazakhLatin++;
      } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        cyrillic++;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin++;
      }
    }
    if (kazakhCyrillic > 0 || kazakhLatin > 0) {
      return Language.KK;
    }
    if (cyrillic > 0 && cyrillic >= latin) {
      return Language.RU;
    }
    return latin > 0 ? Language.EN : Language.DEFAULT;
  }
}
