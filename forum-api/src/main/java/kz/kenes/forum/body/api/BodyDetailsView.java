package kz.kenes.forum.body.api;

import java.util.List;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.member.BodyProfile;
import kz.kenes.forum.platform.LocalizedText;

/**
 * A body's page as the API shows it: what the list shows, plus description, rules and officials.
 */
public record BodyDetailsView(
    String slug,
    LocalizedText name,
    BodyKind kind,
    BodyLevel level,
    String parent,
    LocalizedText description,
    int supportThreshold,
    int responseDays,
    List<OfficialView> officials) {

  /** A verified official of the body. */
  public record OfficialView(String name, String position) {}

  public static BodyDetailsView of(BodyProfile profile) {
    Body body = profile.body();
    return new BodyDetailsView(
        body.slug(),
        body.name(),
        body.kind(),
        body.level(),
        body.parent().map(Body::slug).orElse(null),
        body.description().orElse(null),
        body.supportThreshold(),
        body.responseDays(),
        profile.officials().stream()
            .map(s -> new OfficialView(s.member().displayName(), s.position()))
            .toList());
  }
}
