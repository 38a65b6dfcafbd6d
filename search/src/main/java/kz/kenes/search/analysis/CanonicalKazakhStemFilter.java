package kz.kenes.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The suffix stripper of {@link KazakhStemFilter}, written for the canonical folded form of {@link
 * ScriptFoldingFilter} (жолдарымыз, joldarymyz and zholdarimiz all fold to joldarimiz and stem to
 * jol). Only tokens made entirely of the letters a-z are touched; it runs after {@link
 * ScriptFoldingFilter}.
 *
 * <p>The rules are described in {@link KazakhSuffixStripper}. Tokens marked as keywords ({@link
 * KeywordAttribute}) are not stemmed.
 */
public final class CanonicalKazakhStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public CanonicalKazakhStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword() && stemmable(term)) {
      String s = term.toString();
      String stem = KazakhSuffixStripper.CANONICAL.stem(s);
      if (!stem.equals(s)) {
        term.setEmpty().append(stem);
      }
    }
    return true;
  }

  /** Stems the lower-cased word {@code word} as this filter would. */
  public static String stem(String word) {
    return KazakhSuffixStripper.CANONICAL.stem(word);
  }

  private static boolean stemmable(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return s.length() > 0;
  }
}
