package kz.kenes.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.kenes.search.analysis.KenesAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The Lucene text query: every word required, stacked readings as optional terms. */
class TextQueryTest {

  private static final Analyzer ANALYZER =
      new PerFieldAnalyzerWrapper(
          KenesAnalyzers.kazakhQuery(), Map.of("text_ru", KenesAnalyzers.russian()));

  private static Query parse(String q) {
    return TextQuery.parse(ANALYZER, Map.of("text_kk", 1f), q);
  }

  @Test
  void stackedReadingsAreOptionalTermsNotASynonymQuery() {
    // дорога reads as the Russian word and as doro + the dative -ға
    Query query = parse("дорога");
    assertThat(query.toString()).doesNotContain("Synonym");
    assertThat(query).isInstanceOf(BooleanQuery.class);
    assertThat(((BooleanQuery) query).clauses())
        .allSatisfy(
            c -> {
              assertThat(c.getOccur()).isEqualTo(BooleanClause.Occur.SHOULD);
              assertThat(c.getQuery()).isInstanceOf(TermQuery.class);
            })
        .extracting(c -> ((TermQuery) c.getQuery()).getTerm().text())
        .containsExactlyInAnyOrder("§doro", "§doroga");
  }

  @Test
  void everyWordIsRequired() {
    Query query = parse("мектеп жөндеу");
    assertThat(query).isInstanceOf(BooleanQuery.class);
    assertThat(((BooleanQuery) query).clauses())
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.getOccur()).isEqualTo(BooleanClause.Occur.MUST));
    assertThat(query.toString()).contains("§jönde-").contains("§mektep");
  }

  @Test
  void aQuotedPhraseKeepsItsReadingsPerPosition() {
    Query query = parse("\"жолдарды жөндеу\"");
    assertThat(query).isInstanceOf(MultiPhraseQuery.class);
    assertThat(((MultiPhraseQuery) query).getTermArrays().length).isEqualTo(2);
  }

  @Test
  void aSingleReadingIsAPlainTermAndNothingLeftMatchesNothing() {
    assertThat(parse("жол")).isInstanceOf(TermQuery.class).isNotInstanceOf(SynonymQuery.class);
    assertThat(parse("jol")).isInstanceOf(TermQuery.class);
    assertThat(parse("!!!")).isInstanceOf(MatchNoDocsQuery.class);
  }
}
