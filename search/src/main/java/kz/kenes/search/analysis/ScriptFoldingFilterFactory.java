package kz.kenes.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory of {@link ScriptFoldingFilter}; SPI name {@value #NAME}, no parameters. */
public final class ScriptFoldingFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "kenesScriptFolding";

  public ScriptFoldingFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI, not to be used. */
  public ScriptFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ScriptFoldingFilter(input);
  }
}
