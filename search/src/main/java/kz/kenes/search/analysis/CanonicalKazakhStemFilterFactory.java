package kz.kenes.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory of {@link KazakhStemFilter#canonical}; SPI name {@value #NAME}, no parameters. */
public final class CanonicalKazakhStemFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "canonicalKazakhStem";

  public CanonicalKazakhStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI, not to be used. */
  public CanonicalKazakhStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return KazakhStemFilter.canonical(input);
  }
}
