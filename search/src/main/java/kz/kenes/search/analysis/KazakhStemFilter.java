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

  private final OriginalWordAttribute original = addAttribute(OriginalWordAttribute.class);

  /**
   * Marks a term that keeps the Cyrillic distinctions (ө/о, ү/ұ/у, і/ы); the tokenizer never starts
   * a term with it.
   */
  public static final char DISTINCT = '§';

  private final Deque<String> extras = new ArrayDeque<>();
  private AttributeSource.State word;
  private final KazakhSuffixStripper rules;
  private final boolean derivations;
  private final boolean querySide;

  /** The canonical and the marked stem of the word before, for compounds written in two words. */
  private String previousStem;

  private String previousDistinct;
  private final java.util.function.IntPredicate alphabet;

  /** The Cyrillic stemmer. */
  public KazakhStemFilter(TokenStream input) {
    this(input, KazakhSuffixStripper.CYRILLIC, KazakhStemFilter::cyrillic, false, false);
  }

  /**
   * The same rules written for the canonical folded form of {@link ScriptFoldingFilter}
   * (жолдарымыз, joldarymyz and zholdarimiz fold to joldarimiz and stem to jol); runs after it and
   * touches only tokens made entirely of a-z.
   */
  public static KazakhStemFilter canonical(TokenStream input) {
    return new KazakhStemFilter(
        input, KazakhSuffixStripper.CANONICAL, c -> c >= 'a' && c <= 'z', true, false);
  }

  /**
   * The query side of {@link #canonical}: a word typed in Cyrillic gives only its marked terms
   * ({@value #DISTINCT} + the canonical term with ö ü ū ı kept), so that бөлу never meets болу nor
   * көл қол; a word typed in Latin gives the canonical terms, which every spelling of the index
   * carries (the phone-Latin ambiguity belongs to Latin input).
   */
  public static KazakhStemFilter canonicalQuery(TokenStream input) {
    return new KazakhStemFilter(
        input, KazakhSuffixStripper.CANONICAL, c -> c >= 'a' && c <= 'z', true, true);
  }

  private KazakhStemFilter(
      TokenStream input,
      KazakhSuffixStripper rules,
      java.util.function.IntPredicate alphabet,
      boolean derivations,
      boolean querySide) {
    super(input);
    this.rules = rules;
    this.derivations = derivations;
    this.alphabet = alphabet;
    this.querySide = querySide;
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
    if (keyword.isKeyword() || !stemmable(term)) {
      previousStem = null;
    }
    if (!keyword.isKeyword() && stemmable(term)) {
      String s = term.toString();
      if (derivations) {
        java.util.List<String> stems = rules.stems(s);
        String stem = stems.get(0);
        java.util.List<String> terms = new java.util.ArrayList<>();
        terms.add(stem);
        // derivation and verb terms first: they matter more than a reading when the cap bites
        for (String t : KazakhDerivations.extras(s, stem, querySide)) {
          if (terms.size() <= MAX_EXTRAS && !terms.contains(t)) terms.add(t);
        }
        for (String t : stems.subList(1, stems.size())) {
          if (terms.size() <= MAX_EXTRAS && !terms.contains(t)) terms.add(t);
        }
        String cyrillic = original.cyrillic();
        String distinct = cyrillic == null ? s : ScriptFoldingFilter.foldDistinct(cyrillic);
        if (distinct.length() != s.length()) {
          distinct = s;
        }
        String distinctStem = mark(stem, s, distinct);
        // a compound written in two words (темір жол) also gives the compound (теміржол)
        String compound =
            previousStem == null ? null : KazakhDerivations.compound(previousStem, stem);
        if (compound != null && !terms.contains(compound)) {
          terms.add(compound);
        }
        java.util.List<String> out = new java.util.ArrayList<>(terms.size() * 2);
        if (!querySide || cyrillic == null) {
          out.addAll(terms);
        }
        if (!querySide || cyrillic != null) {
          for (String t : terms) {
            String m =
                DISTINCT
                    + (t.equals(compound) ? previousDistinct + distinctStem : mark(t, s, distinct));
            if (!out.contains(m)) out.add(m);
          }
        }
        previousStem = stem;
        previousDistinct = distinctStem;
        term.setEmpty().append(out.get(0));
        extras.addAll(out.subList(1, out.size()));
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
    previousStem = null;
    previousDistinct = null;
  }

  /**
   * The term {@code t} (of the canonical word {@code canonical}) with the Cyrillic distinctions of
   * {@code distinct} (the same word by {@link ScriptFoldingFilter#foldDistinct}, letter for
   * letter): the letters {@code t} shares with the word where it starts (or where it is found
   * inside it, for a part of a compound) take their marked form; a vowel the stemmer put back
   * (мұрны → мұрын) takes the harmony of the word (ı after back vowels).
   */
  static String mark(String t, String canonical, String distinct) {
    if (canonical.equals(distinct)) {
      return t;
    }
    int at =
        canonical.startsWith(t.substring(0, Math.min(1, t.length()))) ? 0 : canonical.indexOf(t);
    if (at < 0) {
      return t;
    }
    StringBuilder b = new StringBuilder(t.length());
    int i = 0;
    while (i < t.length()
        && at + i < canonical.length()
        && t.charAt(i) == canonical.charAt(at + i)) {
      b.append(distinct.charAt(at + i));
      i++;
    }
    String tail = t.substring(i);
    if (tail.length() == 2 && tail.charAt(0) == 'i') {
      // the vowel a dropping stem lost (мұрны → мұрын): ы after back vowels, і after front ones
      for (int k = distinct.length() - 1; k >= 0; k--) {
        char c = distinct.charAt(k);
        if ("aoūı".indexOf(c) >= 0) {
          tail = "ı" + tail.charAt(1);
          break;
        }
        if ("eöüi".indexOf(c) >= 0) {
          break;
        }
      }
    }
    b.append(tail);
    return b.toString();
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
