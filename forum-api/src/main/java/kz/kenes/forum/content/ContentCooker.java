package kz.kenes.forum.content;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns an author's Markdown into the HTML that pages show: CommonMark with raw HTML escaped and
 * unsafe URLs dropped, headings demoted below the page's own, then the one {@link SanitizerPolicy}.
 * Raise {@link #VERSION} whenever the output for the same input changes, so that stored posts are
 * cooked again.
 */
@ApplicationScoped
public class ContentCooker {
  public static final int VERSION = 1;

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>").build();

  public CookedText cook(String markdown) {
    Node document = parser.parse(markdown == null ? "" : markdown);
    demoteHeadings(document);
    return new CookedText(SanitizerPolicy.sanitize(renderer.render(document)), VERSION);
  }

  private static void demoteHeadings(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading heading) {
        heading.setLevel(Math.min(6, heading.getLevel() + 2));
      }
      demoteHeadings(child);
    }
  }
}
