package kz.kenes.search.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The implementation of {@link OriginalWordAttribute} (Lucene finds it by its name). */
public final class OriginalWordAttributeImpl extends AttributeImpl
    implements OriginalWordAttribute {

  private String cyrillic;

  @Override
  public String cyrillic() {
    return cyrillic;
  }

  @Override
  public void setCyrillic(String word) {
    this.cyrillic = word;
  }

  @Override
  public void clear() {
    cyrillic = null;
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(OriginalWordAttribute.class, "cyrillic", cyrillic);
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((OriginalWordAttribute) target).setCyrillic(cyrillic);
  }
}
