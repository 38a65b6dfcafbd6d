package kz.kenes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every log id of the modules' message interfaces is listed in docs/operations.md, once each. */
class LogIdsTest {
  /** The message interfaces' sources (@Message is not kept at run time). */
  static final List<String> LOGGERS =
      List.of(
          "../forum-api/src/main/java/kz/kenes/forum/platform/ForumLog.java",
          "../moderation/src/main/java/kz/kenes/moderation/ModerationLog.java",
          "../search/src/main/java/kz/kenes/search/SearchLog.java",
          "src/main/java/kz/kenes/web/WebLog.java");

  @Test
  void operationsGuideListsEveryLogId() throws IOException {
    Set<Integer> ids = new TreeSet<>();
    Pattern message = Pattern.compile("@Message\\(\\s*id\\s*=\\s*(\\d+)");
    for (String logger : LOGGERS) {
      Matcher m = message.matcher(Files.readString(Path.of(logger)));
      while (m.find()) {
        int id = Integer.parseInt(m.group(1));
        assertThat(ids.add(id)).as("id %d used twice", id).isTrue();
      }
    }
    assertThat(ids).hasSizeGreaterThan(20);

    String guide = Files.readString(Path.of("../docs/operations.md"));
    String logs = guide.substring(guide.indexOf("## Logs"), guide.indexOf("## Search index"));
    Set<Integer> listed = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\s*\\| (`KENES-[^|]+)\\|").matcher(logs);
    while (row.find()) {
      Matcher id = Pattern.compile("`(?:KENES-)?(\\d{4})`").matcher(row.group(1));
      while (id.find()) {
        listed.add(Integer.parseInt(id.group(1)));
      }
    }
    assertThat(listed).isEqualTo(ids);
  }
}
