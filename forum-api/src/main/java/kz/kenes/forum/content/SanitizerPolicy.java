package kz.kenes.forum.content;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * THE sanitizer policy of Kenes: every piece of user HTML passes it before it is stored. It allows
 * the formatting Markdown produces and links to http, https and mailto that carry {@code
 * rel="nofollow ugc noopener noreferrer"}; no scripts, no styles, no event handlers, no images
 * (pages must stay light on a village phone and images are a tracking vector).
 */
public final class SanitizerPolicy {
  private static final Pattern LIST_START = Pattern.compile("[0-9]{1,6}");

  public static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "strong",
              "b",
              "em",
              "i",
              "s",
              "del",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "h3",
              "h4",
              "h5",
              "h6",
              "a",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td")
          .allowAttributes("start")
          .matching(LIST_START)
          .onElements("ol")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("nofollow", "ugc", "noopener", "noreferrer")
          .toFactory();

  private SanitizerPolicy() {}

  public static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
