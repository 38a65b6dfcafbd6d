package kz.kenes.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * Recall on what people type: each query word of {@code kazakh-query-pairs.tsv} shares a term with
 * the form written in a post (see {@link Terms#finds}), so the search finds the post. Every pair
 * must match; a regression names the pairs it broke.
 */
class KazakhQueryPairsTest {

  @Test
  void everyQueryMeetsItsDocumentForm() throws IOException {
    List<String[]> pairs = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("kazakh-query-pairs.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          pairs.add(line.split("\t"));
        }
      }
    }
    assertThat(pairs).hasSizeGreaterThan(100);
    try (Analyzer kazakh = KenesAnalyzers.kazakh()) {
      List<String> misses = new ArrayList<>();
      for (String[] pair : pairs) {
        List<String> query = Terms.of(kazakh, pair[0]);
        List<String> document = Terms.of(kazakh, pair[1]);
        if (!Terms.finds(kazakh, pair[0], pair[1])) {
          misses.add(pair[0] + " " + query + " ≠ " + pair[1] + " " + document);
        }
      }
      assertThat(misses).isEmpty();
    }
  }
}
