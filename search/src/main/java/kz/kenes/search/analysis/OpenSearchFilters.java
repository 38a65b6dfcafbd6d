package kz.kenes.search.analysis;

/**
 * The names under which the Kenes analysis plugin for OpenSearch (module {@code
 * search/opensearch-plugin}, which carries this package) registers the token filters of this
 * package. The Elasticsearch analysis configurer builds the analyzers of {@link KenesAnalyzers}
 * from them, so both backends run the same filters in the same order.
 */
public final class OpenSearchFilters {
  /** {@link ScriptFoldingFilter}. */
  public static final String SCRIPT_FOLDING = "kenes_script_folding";

  /** {@link KazakhStemFilter#canonical}. */
  public static final String CANONICAL_KAZAKH_STEM = "kenes_canonical_kazakh_stem";

  /** {@link KazakhStemFilter#canonicalQuery}. */
  public static final String CANONICAL_KAZAKH_QUERY_STEM = "kenes_canonical_kazakh_query_stem";

  /** {@link KazakhStemFilter} (Cyrillic). */
  public static final String KAZAKH_STEM = "kenes_kazakh_stem";

  /**
   * Lucene's Snowball Russian stemmer, what {@code snowballPorter} (language Russian) is on the
   * Lucene backend: a minimal OpenSearch has no analysis-common module and so no {@code snowball}.
   */
  public static final String RUSSIAN_STEM = "kenes_russian_stem";

  private OpenSearchFilters() {}
}
