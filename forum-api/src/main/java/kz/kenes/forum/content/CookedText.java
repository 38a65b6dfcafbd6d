package kz.kenes.forum.content;

import java.util.Objects;

/** The HTML made from an author's Markdown, and the version of the cooking that made it. */
public record CookedText(String html, int cookVersion) {
  public CookedText {
    Objects.requireNonNull(html);
  }
}
