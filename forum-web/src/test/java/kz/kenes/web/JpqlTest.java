package kz.kenes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WildFly runs Hibernate with JPA query compliance: an alias on a fetch join ("join fetch p.thread
 * t") fails only at run time. Fetch nested associations with an entity graph instead.
 */
class JpqlTest {
  private static final Pattern ALIASED_FETCH =
      Pattern.compile(
          "join fetch [a-zA-Z]+\\.[a-zA-Z]+ (?!where|join|left|order|group)[a-z][a-zA-Z]*\\b");

  @Test
  void noQueryAliasesAFetchJoin() throws IOException {
    List<String> offending = new ArrayList<>();
    for (Path file : SourceTree.mainJava()) {
      Matcher m = ALIASED_FETCH.matcher(Files.readString(file).replaceAll("\"\\s*\\+\\s*\"", ""));
      while (m.find()) {
        offending.add(file.getFileName() + ": " + m.group());
      }
    }
    assertThat(offending).isEmpty();
  }

  /**
   * Bulk JPQL updates and deletes bypass entity listeners, and the page cache learns of writes from
   * them ({@code PageCache.Changes}): change entities one by one instead. Plain JDBC on a table
   * that maps no entity (search's {@code search_index_state}) is not JPA and is not looked at; the
   * native statements listed in {@link #NATIVE_WRITES_ALLOWED} write nothing a page shows.
   */
  /** Files whose native writes may bypass the listeners, each with the reason. */
  static final Map<String, String> NATIVE_WRITES_ALLOWED =
      Map.of(
          "DatabaseLimits.java",
          "abuse_counter and abuse_event map no entity and no page shows them",
          "ApplicantEncryption.java",
          "re-encrypts appeal_applicant at start-up; no page for visitors shows personal data",
          "Outbox.java",
          "outbox_message maps no entity and no page for visitors shows it",
          "OutboxAdmin.java",
          "outbox_message maps no entity and no page for visitors shows it",
          "MonitoringLedger.java",
          "monitoring roll-ups map no entity; they change in an appeal step's transaction, whose"
              + " entity writes empty the page cache anyway (the monitoring page is not cached)",
          "RollupRows.java",
          "creates empty roll-up rows (all zeros): nothing a page shows changes",
          "MonitoringAdmin.java",
          "populations, history and the rebuild map no entity; each writes an audit entry (an"
              + " entity) in the same transaction, which empties the page cache",
          "PageViewStore.java",
          "page views, visitors and the day's salt map no entity; counting must not empty the"
              + " page cache (issue 16)",
          "DigestSender.java",
          "monitoring_digest (one row per body and week) maps no entity and no page shows it",
          "AppealSatisfactions.java",
          "appeal_satisfaction maps no entity; the answer writes an audit entry in the same"
              + " transaction");

  @Test
  void noBulkUpdateBypassesTheEntityListeners() throws IOException {
    List<String> offending = new ArrayList<>();
    for (Path file : SourceTree.mainJava()) {
      String source = Files.readString(file);
      if (source.contains(".executeUpdate(")
          && source.contains("import jakarta.persistence.")
          && !NATIVE_WRITES_ALLOWED.containsKey(file.getFileName().toString())) {
        offending.add(file.getFileName().toString());
      }
    }
    assertThat(offending).isEmpty();
  }
}
