package kz.kenes.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import kz.kenes.search.analysis.KenesAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Highlighted snippets: the words of a text whose analyzed form (Kazakh folding and stemming, or
 * Russian stemming) equals an analyzed word of the query are wrapped in {@code <mark>}; the rest is
 * HTML-escaped, so a snippet holds no markup but {@code <mark>}. Matching on analyzed forms marks
 * "жолдарды" for the query "jol" exactly as the index matched it.
 */
public final class Snippets {
  static final int LENGTH = 200;

  private final Analyzer kazakh = KenesAnalyzers.kazakh();
  private final Analyzer kazakhQuery = KenesAnalyzers.kazakhQuery();
  private final Analyzer russian = KenesAnalyzers.russian();

  /** The analyzed words of a query, per analyzer. */
  public record QueryTerms(Set<String> kazakh, Set<String> russian) {
    boolean isEmpty() {
      return kazakh.isEmpty() && russian.isEmpty();
    }
  }

  public QueryTerms terms(String query) {
    Set<String> kk = new HashSet<>();
    Set<String> ru = new HashSet<>();
    for (Span s : analyze(kazakhQuery, query)) {
      kk.add(s.term);
    }
    for (Span s : analyze(russian, query)) {
      ru.add(s.term);
    }
    return new QueryTerms(kk, ru);
  }

  /**
   * About {@value #LENGTH} characters of {@code text} around its first matching word, the matching
   * words marked; the start of the text when nothing matches.
   */
  public String snippet(String text, QueryTerms query) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    TreeMap<Integer, Integer> marks = new TreeMap<>();
    if (!query.isEmpty()) {
      for (Span s : analyze(kazakh, text)) {
        if (query.kazakh().contains(s.term)) {
          marks.put(s.start, s.end);
        }
      }
      for (Span s : analyze(russian, text)) {
        if (query.russian().contains(s.term)) {
          marks.merge(s.start, s.end, Math::max);
        }
      }
    }
    int from = 0;
    if (!marks.isEmpty() && text.length() > LENGTH) {
      from = Math.max(0, marks.firstKey() - LENGTH / 4);
      while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
        from--;
      }
    }
    int to = Math.min(text.length(), from + LENGTH);
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
      if (to - from > LENGTH + 40) {
        break;
      }
    }
    StringBuilder out = new StringBuilder(to - from + 32);
    if (from > 0) {
      out.append("… ");
    }
    int at = from;
    for (var mark : marks.subMap(from, to).entrySet()) {
      int start = mark.getKey();
      int end = Math.min(mark.getValue(), to);
      if (start < at) {
        continue;
      }
      escape(text, at, start, out);
      out.append("<mark>");
      escape(text, start, end, out);
      out.append("</mark>");
      at = end;
    }
    escape(text, at, to, out);
    if (to < text.length()) {
      out.append(" …");
    }
    return out.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  private record Span(String term, int start, int end) {}

  private static List<Span> analyze(Analyzer analyzer, String text) {
    List<Span> spans = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        spans.add(new Span(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spans;
  }
}
