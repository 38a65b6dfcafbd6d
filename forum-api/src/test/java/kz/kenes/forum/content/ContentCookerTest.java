package kz.kenes.forum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContentCookerTest {
  private final ContentCooker cooker = new ContentCooker();

  /** Attacks seen in the wild (OWASP XSS filter evasion cheat sheet and forum incidents). */
  static Stream<String> attacks() {
    return Stream.of(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<svg/onload=alert(1)>",
        "<body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "[click](javascript:alert(1))",
        "[click](  javascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "![img](javascript:alert(1))",
        "![img](https://tracker.example/pixel.gif)",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p onmouseover=\"alert(1)\">hover</p>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<input onfocus=alert(1) autofocus>",
        "<details open ontoggle=alert(1)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "\"><script>alert(document.cookie)</script>",
        "`<script>`alert(1)",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>");
  }

  @ParameterizedTest
  @MethodSource("attacks")
  void nothingExecutableSurvives(String attack) {
    String html = cooker.cook("text " + attack + " more").html();

    List<String> tags = new ArrayList<>();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      tags.add(tag.group().toLowerCase(Locale.ROOT));
    }
    // Whatever was an attack is now either gone or plain, escaped text.
    assertThat(tags).allSatisfy(t -> assertThat(t).matches(ALLOWED_TAG));
    assertThat(String.join("", tags))
        .doesNotContain("javascript:")
        .doesNotContain("vbscript:")
        .doesNotContain("data:")
        .doesNotContain("style=")
        .doesNotMatch("(?s).*\\son[a-z]+\\s*=.*");
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg");
  }

  /** A start or end tag in the cooked HTML (escaped text has no '<'). */
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  /** The only tags and attributes the policy lets through. */
  private static final String ALLOWED_TAG =
      "</?(p|br|hr|strong|b|em|i|s|del|code|pre|blockquote|ul|ol|li|h[3-6]|table|thead|tbody|tr|th|td)>"
          + "|<a href=\"https?://[^\"<>]*\" rel=\"nofollow ugc noopener noreferrer\">|<a>|</a>"
          + "|<a (href=\"\" )?rel=\"nofollow ugc noopener noreferrer\">|<ol start=\"[0-9]+\">";

  @Test
  void markdownBecomesFormattingAndLinksAreMarkedAsUserContent() {
    String html =
        cooker
            .cook(
                "# Жол\n\n**Маңызды**: *тез* жөндеу.\n\n- бір\n- екі\n\n> дәйексөз\n\n[ақпарат](https://kenes.kz/x)")
            .html();

    assertThat(html)
        .contains("<h3>Жол</h3>")
        .contains("<strong>Маңызды</strong>")
        .contains("<em>тез</em>")
        .contains("<ul><li>бір</li><li>екі</li></ul>")
        .contains("<blockquote>")
        .contains(
            "<a href=\"https://kenes.kz/x\" rel=\"nofollow ugc noopener noreferrer\">ақпарат</a>");
  }

  @Test
  void rawHtmlIsShownAsTextNotInterpreted() {
    assertThat(cooker.cook("a <b>bold</b> tag").html())
        .isEqualTo("<p>a &lt;b&gt;bold&lt;/b&gt; tag</p>\n");
  }

  @Test
  void theCookVersionIsRecorded() {
    assertThat(cooker.cook("x").cookVersion()).isEqualTo(ContentCooker.VERSION);
  }

  @Test
  void theLanguageOfATextIsGuessedFromItsLetters() {
    assertThat(TextLanguage.detect("Жолды жөндеу керек")).hasToString("KK");
    assertThat(TextLanguage.detect("Jol jöndeu kerek, auylda su joq")).hasToString("KK");
    assertThat(TextLanguage.detect("Нужно отремонтировать дорогу")).hasToString("RU");
    assertThat(TextLanguage.detect("The road needs repair")).hasToString("EN");
    assertThat(TextLanguage.detect("")).hasToString("KK");
  }
}
