package kz.kenes.search.index;

import kz.kenes.search.analysis.KenesAnalyzers;
import kz.kenes.search.analysis.OpenSearchFilters;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers Kenes' analyzers with whichever backend is configured (KENES_SEARCH_BACKEND), by the
 * same names: one class for both because persistence.xml names one configurer ({@code
 * hibernate.search.backend.analysis.configurer}) and each backend takes the interface it knows.
 *
 * <p>Lucene: the analyzers of {@link KenesAnalyzers} as instances (Lucene's SPI lookup by name does
 * not see factories packaged inside the WAR). Elasticsearch/OpenSearch: the same chains by name,
 * standard tokenizer → {@code lowercase} → the Kenes filters that the Kenes analysis plugin
 * registers in OpenSearch ({@link OpenSearchFilters}); without the plugin OpenSearch refuses the
 * index settings and the application does not start.
 */
public class KenesSearchAnalysis
    implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {
  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    for (String name :
        new String[] {
          KenesAnalyzers.KAZAKH,
          KenesAnalyzers.KAZAKH_QUERY,
          KenesAnalyzers.KAZAKH_CYRILLIC,
          KenesAnalyzers.RUSSIAN,
          KenesAnalyzers.ENGLISH
        }) {
      context.analyzer(name).instance(KenesAnalyzers.byName(name));
    }
  }

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .analyzer(KenesAnalyzers.KAZAKH)
        .custom()
        .tokenizer("standard")
        .tokenFilters(
            "lowercase", OpenSearchFilters.SCRIPT_FOLDING, OpenSearchFilters.CANONICAL_KAZAKH_STEM);
    context
        .analyzer(KenesAnalyzers.KAZAKH_QUERY)
        .custom()
        .tokenizer("standard")
        .tokenFilters(
            "lowercase",
            OpenSearchFilters.SCRIPT_FOLDING,
            OpenSearchFilters.CANONICAL_KAZAKH_QUERY_STEM);
    context
        .analyzer(KenesAnalyzers.KAZAKH_CYRILLIC)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", OpenSearchFilters.KAZAKH_STEM);
    context
        .analyzer(KenesAnalyzers.RUSSIAN)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", OpenSearchFilters.RUSSIAN_STEM);
    context
        .analyzer(KenesAnalyzers.ENGLISH)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase");
  }
}
