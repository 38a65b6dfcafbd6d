package kz.kenes.search.query;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The words of a search as a Lucene query over the full-text fields: simple query string syntax
 * ({@code "phrase"}, {@code -word}, {@code a | b}, {@code word*}), every word required, with the
 * fields' search analyzers. The Kazakh analyzer stacks several terms on one word (its readings);
 * Lucene's default is a {@code SynonymQuery}, whose block-max scores are merged anew for every
 * block it skips over — the most expensive part of a common word's search. Here the stacked terms
 * are optional clauses of one Boolean query instead, which block-max WAND skips with each term's
 * own maxima. Used with the embedded Lucene backend; an OpenSearch backend parses the same syntax
 * itself.
 */
final class TextQuery {

  private TextQuery() {}

  /** The query for {@code q}; matches nothing when no term is left after analysis. */
  static Query parse(Analyzer analyzer, Map<String, Float> fieldBoosts, String q) {
    SimpleQueryParser parser =
        new SimpleQueryParser(analyzer, fieldBoosts) {
          @Override
          protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
            BooleanQuery.Builder readings = new BooleanQuery.Builder();
            for (TermAndBoost t : terms) {
              Query term = new TermQuery(new Term(field, t.term));
              readings.add(
                  t.boost == 1f ? term : new BoostQuery(term, t.boost), BooleanClause.Occur.SHOULD);
            }
            return readings.build();
          }
        };
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query query = parser.parse(q);
    return query == null ? new MatchNoDocsQuery("no term after analysis") : query;
  }
}
