package kz.kenes.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs an analyzer over a text and returns the terms. */
final class Terms {

  private Terms() {}

  static List<String> of(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /**
   * The terms of a text by position: the first term of each position (the stem) followed by the
   * terms stacked on it (increment 0).
   */
  static List<List<String>> byPosition(Analyzer analyzer, String text) {
    List<List<String>> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || out.isEmpty()) {
          out.add(new ArrayList<>());
        }
        out.get(out.size() - 1).add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The first term of each position: the stems, without the terms stacked on them. */
  static List<String> stems(Analyzer analyzer, String text) {
    return byPosition(analyzer, text).stream().map(p -> p.get(0)).toList();
  }

  /**
   * Whether a search for {@code query} finds {@code document} as SearchService asks it: every
   * position of the query (its terms are synonyms) shares a term with the document.
   */
  static boolean finds(Analyzer analyzer, String query, String document) {
    List<List<String>> q = byPosition(analyzer, query);
    java.util.Set<String> d = new java.util.HashSet<>(of(analyzer, document));
    return !q.isEmpty() && q.stream().allMatch(p -> p.stream().anyMatch(d::contains));
  }
}
