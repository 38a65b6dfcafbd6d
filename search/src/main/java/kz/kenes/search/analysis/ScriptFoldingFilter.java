package kz.kenes.search.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Folds Kazakh written in Cyrillic, in the official Latin alphabet of 2021 and in informal "phone"
 * Latin to one canonical form, so that жол, jol and zhol, or ауыл, auyl and awyl, or әкім, äkım and
 * akim, or шұңқыр, şūñqyr and shunkyr give the same term. Expects lower-cased input.
 *
 * <p>The canonical form uses the letters {@code a b d e f g h i j k l m n o p r s t u v z} and the
 * digraphs {@code sh ch ts}; it keeps only the distinctions that informal Latin keeps:
 *
 * <table>
 *   <caption>Canonical form</caption>
 *   <tr><th>canonical</th><th>Cyrillic</th><th>official Latin (2021)</th><th>informal Latin</th></tr>
 *   <tr><td>a</td><td>а ә</td><td>a ä</td><td>a, ae</td></tr>
 *   <tr><td>o</td><td>о ө</td><td>o ö</td><td>o</td></tr>
 *   <tr><td>u</td><td>у ұ ү</td><td>u ū ü</td><td>u, w, ý ú (2018)</td></tr>
 *   <tr><td>i</td><td>ы і и й</td><td>ı i y</td><td>y, i</td></tr>
 *   <tr><td>e</td><td>е э</td><td>e</td><td>e</td></tr>
 *   <tr><td>k</td><td>к қ</td><td>k q</td><td>k, q</td></tr>
 *   <tr><td>g</td><td>г ғ</td><td>g ğ</td><td>g, gh</td></tr>
 *   <tr><td>n</td><td>н ң</td><td>n ñ</td><td>n, ng before a consonant or at the end</td></tr>
 *   <tr><td>h</td><td>х һ</td><td>h</td><td>h, kh, x</td></tr>
 *   <tr><td>j</td><td>ж</td><td>j</td><td>j, zh</td></tr>
 *   <tr><td>sh</td><td>ш щ</td><td>ş</td><td>sh, s' (2017)</td></tr>
 *   <tr><td>ch</td><td>ч</td><td>ç</td><td>ch, c' (2017)</td></tr>
 *   <tr><td>ts</td><td>ц</td><td>ts</td><td>ts, c</td></tr>
 *   <tr><td>ia, iu, io</td><td>я ю ё</td><td>ia, iu</td><td>ya, yu, yo</td></tr>
 *   <tr><td>(dropped)</td><td>ъ ь</td><td>accents, apostrophes</td><td></td></tr>
 * </table>
 *
 * <p>The other letters (б в д з л м п р с т ф) map to their obvious Latin letter. Other Latin
 * letters with diacritics lose them (é → e). Tokens without Cyrillic or Latin letters (numbers,
 * other scripts, emoji) are left as they are, and so is a token that would fold to nothing. Tokens
 * marked as keywords are not folded.
 */
public final class ScriptFoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final OriginalWordAttribute original = addAttribute(OriginalWordAttribute.class);

  public ScriptFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String s = term.toString();
      original.setCyrillic(cyrillic(s) ? s : null);
      String folded = fold(s);
      if (!folded.isEmpty() && !folded.equals(s)) {
        term.setEmpty().append(folded);
      }
    }
    return true;
  }

  private static final String CYRILLIC = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә";
  private static final String[] CYRILLIC_TO = {
    "a", "b", "v", "g", "g", "d", "e", "io", "j", "z", "i", "i", "k", "k", "l", "m", "n", "n", "o",
    "o", "p", "r", "s", "t", "u", "u", "u", "f", "h", "h", "ts", "ch", "sh", "sh", "", "i", "i", "",
    "e", "iu", "ia", "a"
  };

  /** Whether every letter of the word is Cyrillic (and there is one). */
  static boolean cyrillic(String s) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (CYRILLIC.indexOf(c) >= 0) {
        any = true;
      } else if (Character.isLetter(c)) {
        return false;
      }
    }
    return any;
  }

  private static final String DISTINCT_VOWELS = "aeiouöüūı";

  /**
   * The canonical form of a Cyrillic word with the four distinctions folding removes kept: ө → ö, ү
   * → ü, ұ → ū, ы → ı (і stays i), letter for letter aligned with {@link #fold}; the canonical form
   * itself when the word is not all Cyrillic.
   */
  public static String foldDistinct(String s) {
    String canonical = fold(s);
    if (!cyrillic(s)) {
      return canonical;
    }
    StringBuilder out = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int cyr = CYRILLIC.indexOf(c);
      if (cyr < 0) {
        out.append(c);
        continue;
      }
      out.append(
          switch (c) {
            case 'ө' -> "ö";
            case 'ү' -> "ü";
            case 'ұ' -> "ū";
            case 'ы' -> "ı";
            default -> CYRILLIC_TO[cyr];
          });
    }
    for (int i = out.length() - 2; i >= 1; i--) {
      if (out.charAt(i) == 'n' && out.charAt(i + 1) == 'g') {
        char after = i + 2 < out.length() ? out.charAt(i + 2) : 0;
        if (after == 0 || DISTINCT_VOWELS.indexOf(after) < 0) {
          out.deleteCharAt(i + 1);
        }
      }
    }
    return out.length() == canonical.length() ? out.toString() : canonical;
  }

  /**
   * Folds one lower-cased term to the canonical form; returns the term itself when it has no
   * Cyrillic or Latin letter.
   */
  public static String fold(String s) {
    boolean letters = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (CYRILLIC.indexOf(c) >= 0 || isLatin(c)) {
        letters = true;
        break;
      }
    }
    if (!letters) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      int cyr = CYRILLIC.indexOf(c);
      if (cyr >= 0) {
        out.append(CYRILLIC_TO[cyr]);
        continue;
      }
      switch (c) {
        case 'ä', 'á', 'à', 'â', 'ã', 'å', 'ā' -> out.append('a');
        case 'ö', 'ó', 'ò', 'ô', 'õ', 'ō', 'ø' -> out.append('o');
        case 'ū', 'ü', 'ú', 'ù', 'û', 'w', 'ý' -> out.append('u'); // ý: у of the 2018 draft
        case 'ı', 'y', 'í', 'ì', 'î', 'ï', 'ī' -> out.append('i');
        case 'ğ' -> out.append('g');
        case 'ñ' -> out.append('n');
        case 'ş' -> out.append("sh");
        case 'ç' -> out.append("ch");
        case 'q' -> out.append('k');
        case 'x' -> out.append('h');
        case 'z' -> {
          if (next == 'h') {
            out.append('j');
            i++;
          } else {
            out.append('z');
          }
        }
        case 'k' -> {
          if (next == 'h') {
            out.append('h');
            i++;
          } else {
            out.append('k');
          }
        }
        case 'g' -> {
          out.append('g');
          if (next == 'h') {
            i++;
          }
        }
        case 's' -> {
          out.append('s');
          if (apostrophe(next)) {
            out.append('h'); // ш of the 2017 draft: s'
            i++;
          }
        }
        case 'c' -> {
          if (next == 'h' || apostrophe(next)) { // ch, or ч of the 2017 draft: c'
            out.append("ch");
            i++;
          } else {
            out.append("ts");
          }
        }
        case 'a' -> {
          out.append('a');
          if (next == 'e') {
            i++; // informal "ae" for ә
          }
        }
        default -> {
          if (c >= 'a' && c <= 'z') {
            out.append(c);
          } else if (isLatin(c)) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int j = 0; j < base.length(); j++) {
              char b = base.charAt(j);
              if (b >= 'a' && b <= 'z') {
                out.append(b);
              }
            }
          } else if (Character.getType(c) == Character.NON_SPACING_MARK || apostrophe(c)) {
            // combining dot of i̇, accents, apostrophes: dropped
          } else {
            out.append(c);
          }
        }
      }
    }
    // informal "ng" for ң: n + g before a consonant or at the end
    for (int i = out.length() - 2; i >= 1; i--) {
      if (out.charAt(i) == 'n' && out.charAt(i + 1) == 'g') {
        char after = i + 2 < out.length() ? out.charAt(i + 2) : 0;
        if (after == 0 || "aeiou".indexOf(after) < 0) {
          out.deleteCharAt(i + 1);
        }
      }
    }
    return out.toString();
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }

  private static boolean isLatin(char c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }
}
