package kz.kenes.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Rule-based suffix stripper for lower-cased Kazakh in Cyrillic: removes the plural, possessive and
 * case endings (stacked as stem + plural + possessive + case) and restores a final п/к/қ that was
 * voiced before a vowel (мектебі → мектеп). Only tokens made entirely of Cyrillic letters are
 * touched.
 *
 * <p>The rules are described in {@link KazakhSuffixStripper}. Tokens marked as keywords ({@link
 * KeywordAttribute}) are not stemmed.
 */
public final class KazakhStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final KazakhSuffixStripper rules;
  private final java.util.function.IntPredicate alphabet;

  /** The Cyrillic stemmer. */
  public KazakhStemFilter(TokenStream input) {
    this(input, KazakhSuffixStripper.CYRILLIC, KazakhStemFilter::cyrillic);
  }

  /**
   * The same rules written for the canonical folded form of {@link ScriptFoldingFilter}
   * (жолдарымыз, joldarymyz and zholdarimiz fold to joldarimiz and stem to jol); runs after it and
   * touches only tokens made entirely of a-z.
   */
  public static KazakhStemFilter canonical(TokenStream input) {
    return new KazakhStemFilter(input, KazakhSuffixStripper.CANONICAL, c -> c >= 'a' && c <= 'z');
  }

  private KazakhStemFilter(
      TokenStream input, KazakhSuffixStripper rules, java.util.function.IntPredicate alphabet) {
    super(input);
    this.rules = rules;
    this.alphabet = alphabet;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword() && stemmable(term)) {
      String s = term.toString();
      String stem = rules.stem(s);
      if (!stem.equals(s)) {
        term.setEmpty().append(stem);
      }
    }
    return true;
  }

  /** Stems the lower-cased word {@code word} as this filter would. */
  public static String stem(String word) {
    return KazakhSuffixStripper.CYRILLIC.stem(word);
  }

  private boolean stemmable(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!alphabet.test(s.charAt(i))) {
        return false;
      }
    }
    return s.length() > 0;
  }

  private static boolean cyrillic(int c) {
    return (c >= 'а' && c <= 'я') || "әғқңөұүһіё".indexOf(c) >= 0;
  }
}
