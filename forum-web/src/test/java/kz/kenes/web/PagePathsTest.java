package kz.kenes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.web.link.PagePaths;
import kz.kenes.web.link.WebPageLinks;
import org.junit.jupiter.api.Test;

/**
 * Links are the web layer's: no module below forum-web spells the path of a page. The pages' first
 * path segments are read from forum-web's own routes (so a new page is covered without editing this
 * test), and no string literal outside forum-web may start with one of them.
 */
class PagePathsTest {

  /** The first segment of every route of forum-web's pages ("threads", "appeals", "a", …). */
  static Set<String> pageSegments() {
    Set<String> segments = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.kenes.web")) {
      String base = type.tryGetAnnotationOfType(Path.class).map(Path::value).orElse(null);
      if (base == null) {
        continue;
      }
      List<String> paths = new ArrayList<>();
      paths.add(base);
      for (JavaMethod method : type.getMethods()) {
        method.tryGetAnnotationOfType(Path.class).ifPresent(p -> paths.add(base + "/" + p.value()));
      }
      for (String path : paths) {
        String first = path.replaceAll("^/+", "").split("/")[0];
        if (!first.isEmpty() && !first.startsWith("{") && !first.equals("api")) {
          segments.add(first);
        }
      }
    }
    return segments;
  }

  @Test
  void thePagesRoutesAreFound() {
    assertThat(pageSegments()).contains("threads", "appeals", "bodies", "a", "search", "sessions");
  }

  @Test
  void noModuleBelowTheWebLayerSpellsAPagePath() throws IOException {
    Pattern literal =
        Pattern.compile("\"/(" + String.join("|", pageSegments()) + ")([/\"?#]|\\\\)");
    List<String> offending = new ArrayList<>();
    for (String module : List.of("../forum-api", "../moderation", "../search")) {
      for (var file : SourceTree.files(module + "/src/main/java", ".java")) {
        Matcher m = literal.matcher(Files.readString(file));
        while (m.find()) {
          offending.add(file.getFileName() + ": " + m.group());
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void anAbsoluteLinkIsShownOnTheSiteAsItsPath() {
    assertThat(PagePaths.local("https://kenes.example.kz/sessions/7")).isEqualTo("/sessions/7");
    assertThat(PagePaths.local("http://localhost:10080/bodies/akzhol?tab=1#claim-5"))
        .isEqualTo("/bodies/akzhol?tab=1#claim-5");
    assertThat(PagePaths.local("https://kenes.example.kz")).isEqualTo("/");
    assertThat(PagePaths.local("javascript:alert(1)")).isEqualTo("/");
    assertThat(PagePaths.local("https://bad host/x")).isEqualTo("/");
    assertThat(PagePaths.local(null)).isEqualTo("/");
  }

  @Test
  void linksAreAbsoluteUnderThePublicAddress() {
    WebPageLinks links = new WebPageLinks("https://kenes.example.kz/");
    assertThat(links.thread(7)).isEqualTo("https://kenes.example.kz/threads/7");
    assertThat(links.thread(7, "post-3")).isEqualTo("https://kenes.example.kz/threads/7#post-3");
    assertThat(links.body("akzhol-rural-district", "claim-5"))
        .isEqualTo("https://kenes.example.kz/bodies/akzhol-rural-district#claim-5");
    assertThat(links.body("akzhol-rural-district", null))
        .isEqualTo("https://kenes.example.kz/bodies/akzhol-rural-district");
    assertThat(links.appeal(42)).isEqualTo("https://kenes.example.kz/appeals/42");
    assertThat(links.shortAppeal(42)).isEqualTo("https://kenes.example.kz/a/42");
    assertThat(links.session(14)).isEqualTo("https://kenes.example.kz/sessions/14");
    assertThat(new WebPageLinks(" ").thread(1)).isEqualTo("http://localhost:8080/threads/1");
  }
}
