package kz.kenes.search.opensearch;

import java.util.Map;
import java.util.function.UnaryOperator;
import kz.kenes.search.analysis.KazakhStemFilter;
import kz.kenes.search.analysis.OpenSearchFilters;
import kz.kenes.search.analysis.ScriptFoldingFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The token filters of Kenes' analyzers as OpenSearch token filter types, running the very classes
 * of the search module (copied into this plugin's jar), so that an index on OpenSearch holds the
 * same terms as the embedded Lucene index. The Elasticsearch analysis configurer of the search
 * module ({@code KenesElasticsearchAnalysis}) builds the analyzers from them: standard tokenizer →
 * {@code lowercase} (built into OpenSearch) → these filters.
 *
 * <p>{@value OpenSearchFilters#RUSSIAN_STEM} is Lucene's Snowball Russian stemmer, what {@code
 * snowballPorter} (language Russian) gives the Lucene backend; it is here because a minimal
 * OpenSearch (the integ-test distribution) has no analysis-common module and so no {@code snowball}
 * filter.
 */
public class KenesAnalysisPlugin extends Plugin implements AnalysisPlugin {
  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        OpenSearchFilters.SCRIPT_FOLDING, provider(ScriptFoldingFilter::new),
        OpenSearchFilters.CANONICAL_KAZAKH_STEM, provider(KazakhStemFilter::canonical),
        OpenSearchFilters.CANONICAL_KAZAKH_QUERY_STEM, provider(KazakhStemFilter::canonicalQuery),
        OpenSearchFilters.KAZAKH_STEM, provider(KazakhStemFilter::new),
        OpenSearchFilters.RUSSIAN_STEM,
            provider(in -> new SnowballFilter(in, new RussianStemmer())));
  }

  private static AnalysisProvider<TokenFilterFactory> provider(UnaryOperator<TokenStream> filter) {
    return (indexSettings, environment, name, settings) ->
        new Filter(indexSettings, name, settings, filter);
  }

  private static final class Filter extends AbstractTokenFilterFactory {
    private final UnaryOperator<TokenStream> filter;

    Filter(
        IndexSettings indexSettings,
        String name,
        Settings settings,
        UnaryOperator<TokenStream> filter) {
      super(indexSettings, name, settings);
      this.filter = filter;
    }

    @Override
    public TokenStream create(TokenStream input) {
      return filter.apply(input);
    }
  }
}
