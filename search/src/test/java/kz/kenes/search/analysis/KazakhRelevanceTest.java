package kz.kenes.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relevance on residents' prose (issue 17 item 5): {@code kazakh-relevance-eval.tsv} holds, per
 * query, a resident's text the query must find and a text on another matter (often a look-alike
 * word: өтті and отынның, бөлу and болып, ас and асу) that it must not. The table was written
 * before the rules of that day; measured on it before them: BASELINE.
 */
class KazakhRelevanceTest {

  /** The share of queries that must find their text. */
  static final double RECALL_FLOOR = 0.95;

  /** At most one unrelated text per this many queries. */
  static final int QUERIES_PER_STRAY = 40;

  private static Analyzer index;
  private static Analyzer query;

  @BeforeAll
  static void open() {
    index = KenesAnalyzers.kazakh();
    query = KenesAnalyzers.kazakhQuery();
  }

  @AfterAll
  static void close() {
    index.close();
    query.close();
  }

  static List<String[]> rows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in =
        KazakhRelevanceTest.class.getResourceAsStream("kazakh-relevance-eval.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] row = line.split("\t");
          assertThat(row).as(line).hasSize(3);
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Whether the query finds the text: every query word shares a term with the text. */
  static boolean finds(Analyzer index, Analyzer query, String q, String text) {
    List<List<String>> positions = Terms.byPosition(query, q);
    java.util.Set<String> d = new java.util.HashSet<>(Terms.of(index, text));
    return !positions.isEmpty()
        && positions.stream().allMatch(p -> p.stream().anyMatch(d::contains));
  }

  @Test
  void queriesFindTheirTextsAndAlmostNeverAnUnrelatedOne() throws IOException {
    List<String[]> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(120);
    List<String> misses = new ArrayList<>();
    List<String> strays = new ArrayList<>();
    for (String[] row : rows) {
      if (!finds(index, query, row[0], row[1])) {
        misses.add(row[0] + " " + Terms.byPosition(query, row[0]) + " ≠ " + row[1]);
      }
      if (finds(index, query, row[0], row[2])) {
        strays.add(row[0] + " " + Terms.byPosition(query, row[0]) + " ~ " + row[2]);
      }
    }
    double recall = 1.0 - (double) misses.size() / rows.size();
    System.out.printf(
        "relevance: recall %d/%d = %.1f%%, unrelated texts found %d (1 per %.0f queries)%n",
        rows.size() - misses.size(),
        rows.size(),
        100 * recall,
        strays.size(),
        strays.isEmpty() ? Double.POSITIVE_INFINITY : (double) rows.size() / strays.size());
    misses.forEach(m -> System.out.println("  miss: " + m));
    strays.forEach(m -> System.out.println("  stray: " + m));
    assertThat(recall).as("recall, misses: %s", misses).isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(strays.size())
        .as("unrelated texts found: %s", strays)
        .isLessThanOrEqualTo(rows.size() / QUERIES_PER_STRAY);
  }
}
