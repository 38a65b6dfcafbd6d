package kz.kenes.search.index;

import kz.kenes.search.analysis.KenesAnalyzers;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers Kenes' analyzers with the Lucene backend as instances: Lucene's SPI lookup by name does
 * not see factories packaged inside the WAR. Named in persistence.xml ({@code
 * hibernate.search.backend.analysis.configurer}).
 */
public class KenesSearchAnalysis implements LuceneAnalysisConfigurer {
  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    for (String name :
        new String[] {
          KenesAnalyzers.KAZAKH,
          KenesAnalyzers.KAZAKH_CYRILLIC,
          KenesAnalyzers.RUSSIAN,
          KenesAnalyzers.ENGLISH
        }) {
      context.analyzer(name).instance(KenesAnalyzers.byName(name));
    }
  }
}
