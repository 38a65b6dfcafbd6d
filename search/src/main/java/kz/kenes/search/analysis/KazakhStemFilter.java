package kz.kenes.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Rule-based suffix stripper for lower-cased Kazakh in Cyrillic: removes the plural, possessive and
 * case endings (stacked as stem + plural + possessive + case) and restores a final п/к/қ that was
 * voiced before a vowel (мектебі → мектеп). Only tokens made entirely of Cyrillic letters are
 * touched.
 *
 * <p>The rules are described in {@link KazakhSuffixStripper}. Tokens marked as keywords ({@link
 * KeywordAttribute}) are not stemmed.
 *
 * <p>The canonical filter also emits, at the same position (increment 0) and after the stem, the
 * extra terms of {@link KazakhDerivations} (the noun of a derived word, газсыз → газ; the marked
 * stem of a verb form, жөндеді, жөндеу → жөнде-) and the other readings of the word ({@link
 * KazakhSuffixStripper#stems}: other suffix chains, a final б/г as written, the word itself), so a
 * query meets them as synonyms. At most {@value #MAX_EXTRAS} extra terms per word.
 */
public final class KazakhStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);

  /** At most this many extra terms per word, to bound the index. */
  private static final int MAX_EXTRAS = 6;

  private final Deque<String> extras = new ArrayDeque<>();
  private AttributeSource.State word;
  private final KazakhSuffixStripper rules;
  private final boolean derivations;
  private final java.util.function.IntPredicate alphabet;

  /** The Cyrillic stemmer. */
  public KazakhStemFilter(TokenStream input) {
    this(input, KazakhSuffixStripper.CYRILLIC, KazakhStemFilter::cyrillic, false);
  }

  /**
   * The same rules written for the canonical folded form of {@link ScriptFoldingFilter}
   * (жолдарымыз, joldarymyz and zholdarimiz fold to joldarimiz and stem to jol); runs after it and
   * touches only tokens made entirely of a-z.
   */
  public static KazakhStemFilter canonical(TokenStream input) {
    return new KazakhStemFilter(
        input, KazakhSuffixStripper.CANONICAL, c -> c >= 'a' && c <= 'z', true);
  }

  private KazakhStemFilter(
      TokenStream input,
      KazakhSuffixStripper rules,
      java.util.function.IntPredicate alphabet,
      boolean derivations) {
    super(input);
    this.rules = rules;
    this.derivations = derivations;
    this.alphabet = alphabet;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!extras.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(extras.removeFirst());
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword() && stemmable(term)) {
      String s = term.toString();
      if (derivations) {
        java.util.List<String> stems = rules.stems(s);
        String stem = stems.get(0);
        term.setEmpty().append(stem);
        // derivation and verb terms first: they matter more than a reading when the cap bites
        for (String t : KazakhDerivations.extras(s, stem)) {
          if (extras.size() < MAX_EXTRAS) extras.add(t);
        }
        for (String t : stems.subList(1, stems.size())) {
          if (extras.size() < MAX_EXTRAS && !extras.contains(t)) extras.add(t);
        }
        if (!extras.isEmpty()) {
          word = captureState();
        }
      } else {
        String stem = rules.stem(s);
        if (!stem.equals(s)) {
          term.setEmpty().append(stem);
        }
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    extras.clear();
    word = null;
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
