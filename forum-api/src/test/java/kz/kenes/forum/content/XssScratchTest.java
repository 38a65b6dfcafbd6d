package kz.kenes.forum.content;

import java.util.List;
import org.junit.jupiter.api.Test;

class XssScratchTest {
  @Test
  void counts() {
    for (var e : java.util.Map.of("wfuzz", XssCorporaTest.wfuzzPayloads(), "wapiti", XssCorporaTest.wapitiPayloads(), "cve", XssCorporaTest.CVE_VECTORS).entrySet()) {
      List<String> ps = e.getValue();
      long flagged = ps.stream().filter(p -> !XssCorporaTest.executableParts(p).isEmpty()).count();
      System.out.println("SCRATCH " + e.getKey() + " payloads=" + ps.size() + " rawFlagged=" + flagged);
    }
    System.out.println("SCRATCH wfuzzLines=" + XssCorporaTest.wfuzzLines().size() + " wapitiEntries=" + XssCorporaTest.wapitiEntries().size());
    for (String p : List.of("<noscript><style></noscript><img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "<javascript:alert(1)>", "[x](https://ok.example/\"onmouseover=\"alert(1))"))
      System.out.println("SCRATCH " + p + " => " + COOK.cook(p).html().strip() + " | sanitizer => " + SanitizerPolicy.sanitize(p));
  }
  static final ContentCooker COOK = new ContentCooker();
}
