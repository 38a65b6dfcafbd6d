package kz.kenes.forum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real XSS corpora (wfuzz's and wapiti's payload lists, test resources under {@code xss/} with
 * their source and licence in its README) and hand-written mutation-XSS vectors for the CVEs of the
 * OWASP sanitizer, each cooked as Markdown text, as a link and an image destination, and passed to
 * the {@link SanitizerPolicy} alone. The output is parsed again as a browser would (jsoup's HTML5
 * parser) and must hold no script-capable element, no event handler and no javascript:, vbscript:
 * or data: URL.
 */
class XssCorporaTest {
  private static final ContentCooker COOKER = new ContentCooker();

  // ---------------------------------------------------------------------------------------------
  // Corpora
  // ---------------------------------------------------------------------------------------------

  static final String WFUZZ_XSS = "/xss/wfuzz-XSS.txt";
  static final String WAPITI_XSS = "/xss/wapiti-xssPayloads.ini";

  /** wfuzz's XSS word list: one payload a line (CRLF), many of them percent-encoded for URLs. */
  static List<String> wfuzzLines() {
    return read(WFUZZ_XSS).lines().filter(line -> !line.isBlank()).toList();
  }

  /** Each line as it is and, where it holds %XX escapes, percent-decoded as a server would. */
  static List<String> wfuzzPayloads() {
    Set<String> payloads = new LinkedHashSet<>();
    for (String line : wfuzzLines()) {
      payloads.add(line);
      payloads.add(percentDecode(line));
    }
    return List.copyOf(payloads);
  }

  private static final Pattern WAPITI_PAYLOAD = Pattern.compile("^payload\\s*[=:]\\s*(.*)$");

  /**
   * The payload= values of wapiti's xssPayloads.ini (an INI file: [sections], key = value, ';' and
   * '#' comments), unescaped as wapiti does ([TAB], [LF], [FF], __XSS__).
   */
  static List<String> wapitiEntries() {
    List<String> payloads = new ArrayList<>();
    for (String line : read(WAPITI_XSS).lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.startsWith(";") || trimmed.startsWith("#")) {
        continue;
      }
      Matcher payload = WAPITI_PAYLOAD.matcher(trimmed);
      if (payload.matches()) {
        payloads.add(
            payload
                .group(1)
                .strip()
                .replace("[TAB]", "\t")
                .replace("[LF]", "\n")
                .replace("[FF]", "\f")
                .replace("__XSS__", "XSS"));
      }
    }
    return payloads;
  }

  /**
   * The entries, with those written for an attribute context ([ATTR_SEP], [VALUE_SEP]) spelled once
   * for a double-quoted and once for an unquoted attribute, as wapiti sends them.
   */
  static List<String> wapitiPayloads() {
    Set<String> payloads = new LinkedHashSet<>();
    for (String entry : wapitiEntries()) {
      if (entry.contains("[ATTR_SEP]") || entry.contains("[VALUE_SEP]")) {
        payloads.add("y" + entry.replace("[ATTR_SEP]", "\"").replace("[VALUE_SEP]", "\""));
        payloads.add("y" + entry.replace("[ATTR_SEP]", " ").replace("[VALUE_SEP]", ""));
      } else {
        payloads.add(entry);
      }
    }
    return List.copyOf(payloads);
  }

  /**
   * CVE-2021-42575 (OWASP sanitizer: policies that allow {@code style} inside {@code select}/{@code
   * option} let raw-text content out) and CVE-2025-66021 (mutation XSS through the raw-text {@code
   * noscript}/{@code style} elements), with the usual math/svg namespace confusions, and the
   * Markdown spellings of script URLs.
   */
  static final List<String> CVE_VECTORS =
      List.of(
          // CVE-2021-42575
          "<select><option><style></option></select><img src=x onerror=alert(1)></style>",
          "<select><style></select><img src=x onerror=alert(1)></style>",
          "<option><style></option></select><b><img src=x onerror=alert(1)></b></style>",
          "<select><option><style><!--</style><img src=x onerror=alert(1)>--></option></select>",
          "<select><option><style></style><script>alert(1)</script></option></select>",
          "<select><noscript><style></noscript><img src=x onerror=alert(1)></style></select>",
          "<select><math><style></math><img src=x onerror=alert(1)></style></select>",
          "<select><svg><style></svg><img src=x onerror=alert(1)></style></select>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;/mglyph&gt;"
              + "&lt;img src=1 onerror=alert(1)&gt;\">",
          "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
          "<math><mi><mglyph><svg><mtext><textarea><path id=\"</textarea><img onerror=alert(1)"
              + " src=1>\">",
          "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
          "<svg><style><img src=x onerror=alert(1)></style></svg>",
          "<svg><p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
          "<math><style><img src=x onerror=alert(1)></style></math>",
          // CVE-2025-66021
          "<noscript><style></noscript><img src=x onerror=alert(1)>",
          "<noscript><style></noscript><img src=x onerror=alert(1)></style>",
          "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
          "<noscript><a title=\"</noscript><script>alert(1)</script>\">x</a></noscript>",
          "<noscript><style></noscript><script>alert(1)</script></style>",
          "<style><noscript></style><img src=x onerror=alert(1)></noscript>",
          "<noscript><noscript><style></noscript></noscript><img src=x onerror=alert(1)>",
          "<p><noscript><b title=\"</noscript><iframe src=javascript:alert(1)>\"></noscript>",
          "<noembed><a title=\"</noembed><img src=x onerror=alert(1)>\">",
          "<noframes><a title=\"</noframes><img src=x onerror=alert(1)>\">",
          "<xmp><a title=\"</xmp><img src=x onerror=alert(1)>\">",
          "<iframe><a title=\"</iframe><img src=x onerror=alert(1)>\">",
          "<textarea><a title=\"</textarea><img src=x onerror=alert(1)>\">",
          "<title><a title=\"</title><img src=x onerror=alert(1)>\">",
          "<template><style></template><img src=x onerror=alert(1)></style>",
          // script URLs as Markdown and HTML spell them
          "<a href=\"javascript&colon;alert(1)\">x</a>",
          "<a href=\"java&#x09;script:alert(1)\">x</a>",
          "<a href=\" &#x0E; javascript:alert(1)\">x</a>",
          "[x](&#x6A;avascript:alert(1))",
          "[x](java&#x09;script:alert(1))",
          "[x](java&#x0A;script:alert(1))",
          "[x](javascript&colon;alert(1))",
          "[x](<javascript:alert(1)>)",
          "[x](<java script:alert(1)>)",
          "[x](JAVASCRIPT:alert(1))",
          "[x](vbscript:msgbox(1))",
          "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
          "[x](DATA:image/svg+xml,<svg/onload=alert(1)>)",
          "<javascript:alert(1)>",
          "<data:text/html,<script>alert(1)</script>>",
          "[x]\n\n[x]: javascript:alert(1)",
          "[x][y]\n\n[y]: <vbscript:msgbox(1)> \"t\"",
          "[![i](javascript:alert(1))](javascript:alert(2))",
          "<https://ok.example/\"onmouseover=\"alert(1)>",
          "[x](https://ok.example/\"onmouseover=\"alert(1))");

  static Stream<Named<String>> wfuzz() {
    return named("wfuzz", wfuzzPayloads());
  }

  static Stream<Named<String>> wapiti() {
    return named("wapiti", wapitiPayloads());
  }

  static Stream<Named<String>> cveVectors() {
    return named("vector", CVE_VECTORS);
  }

  // ---------------------------------------------------------------------------------------------
  // Tests
  // ---------------------------------------------------------------------------------------------

  @Test
  void theCorporaAreReadWhole() {
    assertThat(wfuzzLines()).hasSizeGreaterThanOrEqualTo(35);
    assertThat(wfuzzPayloads()).anyMatch(p -> p.contains("<script>alert(document.cookie)"));
    assertThat(wapitiEntries())
        .hasSizeGreaterThanOrEqualTo(45)
        .noneMatch(p -> p.isBlank() || p.startsWith(";"))
        .anyMatch(p -> p.startsWith("<ScRiPt>alert("))
        .anyMatch(p -> p.contains("\n"));
    assertThat(CVE_VECTORS).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wfuzz")
  void wfuzzPayloadsCookToNothingExecutable(String payload) {
    assertNothingExecutable(payload);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wapiti")
  void wapitiPayloadsCookToNothingExecutable(String payload) {
    assertNothingExecutable(payload);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cveVectors")
  void sanitizerCveVectorsCookToNothingExecutable(String payload) {
    assertNothingExecutable(payload);
  }

  /** Every way a payload reaches the page, with the HTML it becomes. */
  private static Map<String, UnaryOperator<String>> forms() {
    Map<String, UnaryOperator<String>> forms = new LinkedHashMap<>();
    forms.put("text", p -> COOKER.cook(p).html());
    forms.put("text in a paragraph", p -> COOKER.cook("text " + p + " more").html());
    forms.put("link", p -> COOKER.cook("[x](" + p + ")").html());
    forms.put("image", p -> COOKER.cook("![x](" + p + ")").html());
    forms.put("<link>", p -> COOKER.cook("[x](<" + p + ">)").html());
    // The policy alone, should raw HTML ever reach it.
    forms.put("sanitizer", SanitizerPolicy::sanitize);
    return forms;
  }

  private static void assertNothingExecutable(String payload) {
    SoftAssertions softly = new SoftAssertions();
    forms()
        .forEach(
            (form, cook) -> {
              String html = cook.apply(payload);
              softly
                  .assertThat(executableParts(html))
                  .as("%s of %s cooked to %s", form, visible(payload), visible(html))
                  .isEmpty();
            });
    softly.assertAll();
  }

  // ---------------------------------------------------------------------------------------------
  // What a browser would run
  // ---------------------------------------------------------------------------------------------

  /**
   * Elements that run script, load active content, or hold raw text that a browser parses
   * differently on the way in (mutation XSS). jsoup parses noscript as if scripting were off, so
   * these count whatever their content.
   */
  private static final Set<String> SCRIPT_CAPABLE =
      Set.of(
          "script",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "svg",
          "math",
          "style",
          "link",
          "meta",
          "base",
          "img",
          "image",
          "video",
          "audio",
          "source",
          "track",
          "form",
          "input",
          "button",
          "textarea",
          "select",
          "option",
          "isindex",
          "noscript",
          "noembed",
          "noframes",
          "template",
          "xmp",
          "plaintext",
          "portal",
          "animate",
          "set",
          "handler",
          "listener",
          "xml",
          "import",
          "marquee",
          "bgsound",
          "layer",
          "ilayer",
          "title");

  /** Attributes whose value the browser follows or loads as a URL. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "data",
          "poster",
          "background",
          "dynsrc",
          "lowsrc",
          "codebase",
          "cite",
          "ping",
          "srcdoc");

  private static final List<String> SCRIPT_SCHEMES = List.of("javascript:", "vbscript:", "data:");

  /** What in {@code html}, parsed as a browser parses a page's body, could run script. */
  static List<String> executableParts(String html) {
    List<String> found = new ArrayList<>();
    for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      String tag = element.normalName();
      if (SCRIPT_CAPABLE.contains(tag)) {
        found.add("element <" + tag + ">");
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          found.add("event handler " + name + " on <" + tag + ">");
        }
        if (URL_ATTRIBUTES.contains(name) && isScriptUrl(attribute.getValue())) {
          found.add(name + "=\"" + attribute.getValue() + "\" on <" + tag + ">");
        }
      }
    }
    return found;
  }

  /**
   * Whether a URL (entities already decoded by the parser) has a script scheme once stripped of
   * spaces and control characters, which browsers drop at its ends and tabs and newlines inside it,
   * in any case.
   */
  static boolean isScriptUrl(String value) {
    StringBuilder url = new StringBuilder();
    value
        .codePoints()
        .filter(c -> c > 0x20 && !(c >= 0x7f && c <= 0x9f) && !Character.isWhitespace(c))
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .forEach(url::appendCodePoint);
    String lower = url.toString().toLowerCase(Locale.ROOT);
    return SCRIPT_SCHEMES.stream().anyMatch(lower::startsWith);
  }

  @Test
  void theCheckItselfSeesWhatABrowserWouldRun() {
    assertThat(executableParts("<p>a &lt;script&gt; b</p><a href=\"https://x.example\">x</a>"))
        .isEmpty();
    assertThat(executableParts("<SCRIPT>alert(1)</SCRIPT>")).containsExactly("element <script>");
    assertThat(executableParts("<p OnClick=alert(1)>x</p>"))
        .containsExactly("event handler onclick on <p>");
    assertThat(executableParts("<a href=\" &#x09;J&#x0A;ava&Tab;Script&colon;alert(1)\">x</a>"))
        .hasSize(1);
    assertThat(executableParts("<a href=\"\u0001 vbscript:x\">x</a>")).hasSize(1);
    assertThat(executableParts("<a href=\"DATA:text/html,x\">x</a>")).hasSize(1);
    assertThat(executableParts("<form><button formaction=javascript:alert(1)>x</button></form>"))
        .contains("formaction=\"javascript:alert(1)\" on <button>");
    // jsoup reads noscript as a browser without scripting does, not as raw text: the <img> a
    // scripting browser would make is unseen, so a raw-text element counts by itself.
    assertThat(executableParts("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"))
        .contains("element <noscript>");
    assertThat(executableParts("<select><option><style></option></select><img src=x onerror=1>"))
        .contains("element <select>", "element <img>", "event handler onerror on <img>");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private static String read(String resource) {
    try (var in = XssCorporaTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("test resource " + resource).isNotNull();
      // ISO-8859-1 maps every byte, so no corpus byte is lost or refused.
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes %XX escapes as UTF-8, leaving malformed ones and '+' as they are. */
  static String percentDecode(String s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
        bytes.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
        i += 2;
      } else {
        bytes.write(in[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }

  private static Stream<Named<String>> named(String corpus, List<String> payloads) {
    return IntStream.range(0, payloads.size())
        .mapToObj(
            i ->
                Named.of(
                    corpus + " #" + (i + 1) + ": " + shorten(payloads.get(i)), payloads.get(i)));
  }

  private static String shorten(String payload) {
    String shown = visible(payload);
    return shown.length() <= 100 ? shown : shown.substring(0, 100) + "…";
  }

  /** The string with control characters written as \\uXXXX, for test names and messages. */
  private static String visible(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
