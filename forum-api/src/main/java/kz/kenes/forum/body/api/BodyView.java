package kz.kenes.forum.body.api;

import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.platform.LocalizedText;

/** A body as the API shows it. */
public record BodyView(
    String slug, LocalizedText name, BodyKind kind, BodyLevel level, String parent) {

  public static BodyView of(Body body) {
    return new BodyView(
        body.slug(),
        body.name(),
        body.kind(),
        body.level(),
        body.parent().map(Body::slug).orElse(null));
  }
}
