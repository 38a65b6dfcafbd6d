package kz.kenes.search.analysis;

import org.apache.lucene.util.Attribute;

/**
 * The Cyrillic word a term was folded from ({@link ScriptFoldingFilter}), so that {@link
 * KazakhStemFilter#canonical} can mark the Cyrillic distinctions folding removes (ө/о, ү/ұ/у, і/ы);
 * null when the word was not written in Cyrillic.
 */
public interface OriginalWordAttribute extends Attribute {

  /** The lower-cased Cyrillic word, or null. */
  String cyrillic();

  void setCyrillic(String word);
}
