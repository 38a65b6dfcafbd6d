package kz.kenes.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The analyzers of Kenes, by name, built with {@link CustomAnalyzer} from SPI names.
 *
 * <p>{@value #KAZAKH}, used on both the index and the query side: standard tokenizer → {@code
 * lowercase} → {@value ScriptFoldingFilterFactory#NAME} → {@value
 * CanonicalKazakhStemFilterFactory#NAME}. Folding comes first so that Cyrillic, official Latin and
 * informal Latin text meet in one canonical form (see {@link ScriptFoldingFilter}), and the
 * canonical stemmer then strips the same suffix chains as the Cyrillic {@link KazakhStemFilter}.
 * Running the Cyrillic stemmer before folding would stem Cyrillic and Latin text with two different
 * rule sets, which would sooner or later disagree; one stemmer over one form cannot. The canonical
 * stemmer stacks extra terms on a word's position (other readings, the noun of a derived word, the
 * marked stem of a verb form; see {@link KazakhStemFilter}); the same analyzer runs on the query,
 * where stacked terms act as synonyms.
 *
 * <p>{@value #KAZAKH_CYRILLIC}: standard → lowercase → {@value KazakhStemFilterFactory#NAME}, for
 * Cyrillic-only uses where the terms should stay readable (suggestions, highlighting).
 *
 * <p>The Kenes filters are added by class, not by SPI name: Lucene is a module of the server,
 * shared by every deployment, and registering this deployment's factories in its name registry
 * ({@code TokenFilterFactory.reloadTokenFilters}) kept every undeployed Kenes WAR, with its whole
 * class loader and session factory, reachable from that registry: a redeployment leaked the old
 * one.
 *
 * <p>{@value #RUSSIAN}: standard → lowercase → {@code snowballPorter} (language Russian). {@value
 * #ENGLISH}: standard → lowercase.
 */
public final class KenesAnalyzers {

  public static final String KAZAKH = "kenes_kazakh";
  public static final String KAZAKH_CYRILLIC = "kenes_kazakh_cyrillic";

  /**
   * The search analyzer of the Kazakh fields: {@value #KAZAKH} with {@value
   * CanonicalKazakhQueryStemFilterFactory#NAME} ({@link KazakhStemFilter#canonicalQuery}), which
   * keeps ө/о, ү/ұ/у and і/ы apart for a query typed in Cyrillic.
   */
  public static final String KAZAKH_QUERY = "kenes_kazakh_query";

  public static final String RUSSIAN = "kenes_russian";
  public static final String ENGLISH = "kenes_english";

  private KenesAnalyzers() {}

  public static Analyzer kazakh() {
    return build(
        b ->
            b.addTokenFilter(ScriptFoldingFilterFactory.class)
                .addTokenFilter(CanonicalKazakhStemFilterFactory.class));
  }

  public static Analyzer kazakhQuery() {
    return build(
        b ->
            b.addTokenFilter(ScriptFoldingFilterFactory.class)
                .addTokenFilter(CanonicalKazakhQueryStemFilterFactory.class));
  }

  public static Analyzer kazakhCyrillic() {
    return build(b -> b.addTokenFilter(KazakhStemFilterFactory.class));
  }

  public static Analyzer russian() {
    return build(b -> b.addTokenFilter(SnowballPorterFilterFactory.NAME, "language", "Russian"));
  }

  public static Analyzer english() {
    return build(b -> b);
  }

  /** The analyzer of the given name. */
  public static Analyzer byName(String name) {
    return switch (name) {
      case KAZAKH -> kazakh();
      case KAZAKH_QUERY -> kazakhQuery();
      case KAZAKH_CYRILLIC -> kazakhCyrillic();
      case RUSSIAN -> russian();
      case ENGLISH -> english();
      default -> throw new IllegalArgumentException("Unknown analyzer " + name);
    };
  }

  private interface Step {
    CustomAnalyzer.Builder apply(CustomAnalyzer.Builder b) throws IOException;
  }

  private static Analyzer build(Step filters) {
    try {
      CustomAnalyzer.Builder b =
          CustomAnalyzer.builder(new ClasspathResourceLoader(KenesAnalyzers.class))
              .withTokenizer(StandardTokenizerFactory.NAME)
              .addTokenFilter(LowerCaseFilterFactory.NAME);
      return filters.apply(b).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
