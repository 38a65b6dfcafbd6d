package kz.kenes.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory of {@link KazakhStemFilter#canonicalQuery}; SPI name {@value #NAME}, no parameters. */
public final class CanonicalKazakhQueryStemFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "canonicalKazakhQueryStem";

  public CanonicalKazakhQueryStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI, not to be used. */
  public CanonicalKazakhQueryStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return KazakhStemFilter.canonicalQuery(input);
  }
}
