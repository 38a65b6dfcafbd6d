package kz.kenes.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KazakhAnalysisTest {

  private static Analyzer kazakh;
  private static Analyzer cyrillic;

  @BeforeAll
  static void open() {
    kazakh = KenesAnalyzers.byName(KenesAnalyzers.KAZAKH);
    cyrillic = KenesAnalyzers.byName(KenesAnalyzers.KAZAKH_CYRILLIC);
  }

  @AfterAll
  static void close() {
    kazakh.close();
    cyrillic.close();
  }

  private static List<String[]> table() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                KazakhAnalysisTest.class.getResourceAsStream("kazakh-inflections.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    }
    return rows;
  }

  @Test
  void inflectionTableThroughTheCyrillicAnalyzer() throws IOException {
    List<String[]> rows = table();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(200);
    List<String> failures = new ArrayList<>();
    for (String[] row : rows) {
      List<String> terms = Terms.of(cyrillic, row[0]);
      if (!terms.equals(List.of(row[1]))) {
        failures.add(row[0] + " -> " + terms + " (expected " + row[1] + ")");
      }
    }
    System.out.printf(
        "kenes_kazakh_cyrillic: %d/%d forms stem as expected%n",
        rows.size() - failures.size(), rows.size());
    assertThat(failures).isEmpty();
  }

  @Test
  void inflectionTableThroughTheKazakhAnalyzer() throws IOException {
    List<String[]> rows = table();
    List<String> failures = new ArrayList<>();
    for (String[] row : rows) {
      List<String> terms = Terms.stems(kazakh, row[0]);
      String expected = ScriptFoldingFilter.fold(row[1]);
      if (!terms.equals(List.of(expected))) {
        failures.add(row[0] + " -> " + terms + " (expected " + expected + ")");
      }
    }
    System.out.printf(
        "kenes_kazakh: %d/%d forms stem as expected%n", rows.size() - failures.size(), rows.size());
    assertThat(failures).isEmpty();
  }

  @Test
  void differentWordsKeepDifferentStems() {
    assertThat(Terms.of(kazakh, "жол су ауыл мектеп жарық жер әкім үй көше көпір ақша бала"))
        .doesNotHaveDuplicates()
        .hasSizeGreaterThanOrEqualTo(12);
    assertThat(Terms.stems(kazakh, "жол су ауыл мектеп жарық жер әкім үй көше көпір ақша бала"))
        .hasSize(12);
    // әкімдік keeps its own stem; the two meet through its derivation term (әкімдік → әкім)
    assertThat(Terms.stems(kazakh, "әкімдік")).isNotEqualTo(Terms.stems(kazakh, "әкім"));
    assertThat(Terms.finds(kazakh, "әкім", "әкімдік")).isTrue();
  }

  @Test
  void scriptsMeet() {
    String[][] same = {
      {"жол", "jol", "zhol", "JOL"},
      {"ауыл", "auyl", "awyl", "auıl"},
      {"әкім", "äkım", "äkim", "akim", "aekim"},
      {"шұңқыр", "şūñqyr", "şūñqır", "shunkyr", "shungkyr"},
      {"жолдарымыз", "joldarymyz", "zholdarymyz", "joldarımız"},
      {"мектебі", "mektebi", "mektep", "мектеп"},
      {"қаласы", "qalasy", "kalasy", "qalası"},
      {"көшесі", "köşesi", "koshesi"},
      {"ақша", "aqşa", "aksha", "aqsha"},
      {"жарығы", "jarığı", "zharygy", "zharyghy"},
      {"ауылдағы", "auyldağy", "auyldagy", "auıldağı"},
      {"үйлер", "üiler", "uyler"},
      {"теңге", "teñge", "tenge"},
      {"шағым", "şağım", "shagym"},
      {"хабар", "habar", "khabar", "xabar"},
      {"Ұлттық", "Ūlttyq", "ulttyk"},
    };
    for (String[] forms : same) {
      List<String> first = Terms.stems(kazakh, forms[0]);
      assertThat(first).hasSize(1);
      for (String form : forms) {
        assertThat(Terms.stems(kazakh, form)).as(form + " ~ " + forms[0]).isEqualTo(first);
      }
    }
    assertThat(Terms.stems(kazakh, "Жол жөндеу")).isEqualTo(List.of("jol", "jondeu"));
    // the index side also marks what Cyrillic keeps apart (ө of жөндеу) for Cyrillic queries
    assertThat(Terms.of(kazakh, "Жол жөндеу"))
        .isEqualTo(List.of("jol", "§jol", "jondeu", "jonde-", "§jöndeu", "§jönde-"));
    try (var query = KenesAnalyzers.kazakhQuery()) {
      assertThat(Terms.of(query, "Жол жөндеу")).isEqualTo(List.of("§jol", "§jöndeu", "§jönde-"));
      assertThat(Terms.of(query, "jol jondeu")).isEqualTo(List.of("jol", "jondeu", "jonde-"));
    }
    assertThat(ScriptFoldingFilter.fold("шұңқыр")).isEqualTo("shunkir");
  }

  @Test
  void latinDraftsOf2017And2018Fold() {
    // 2017: apostrophes (s' for ш, c' for ч, a' o' u' for ә ө ү); 2018: acutes, ý for у
    assertThat(ScriptFoldingFilter.fold("s'o'p")).isEqualTo(ScriptFoldingFilter.fold("шөп"));
    assertThat(ScriptFoldingFilter.fold("ko's'e")).isEqualTo(ScriptFoldingFilter.fold("көше"));
    assertThat(ScriptFoldingFilter.fold("c'ai")).isEqualTo(ScriptFoldingFilter.fold("чай"));
    assertThat(ScriptFoldingFilter.fold("a'kim")).isEqualTo(ScriptFoldingFilter.fold("әкім"));
    assertThat(ScriptFoldingFilter.fold("aýyl")).isEqualTo(ScriptFoldingFilter.fold("ауыл"));
    assertThat(ScriptFoldingFilter.fold("jóndeý")).isEqualTo(ScriptFoldingFilter.fold("жөндеу"));
    assertThat(ScriptFoldingFilter.fold("qalanyń")).isEqualTo(ScriptFoldingFilter.fold("қаланың"));
  }

  @Test
  void distinctWordsDoNotMeetAfterFolding() {
    assertThat(Terms.of(kazakh, "шал сал")).doesNotHaveDuplicates();
    assertThat(Terms.of(kazakh, "жол тол")).doesNotHaveDuplicates();
  }

  @Test
  void nonKazakhTokensAreLeftToTheirFilters() {
    assertThat(Terms.of(cyrillic, "joldar 2024 жол2дар"))
        .isEqualTo(List.of("joldar", "2024", "жол2дар"));
    assertThat(KazakhStemFilter.stem("жолдар")).isEqualTo("жол");
    assertThat(Terms.of(kazakh, "2024 😀")).contains("2024");
  }

  @Test
  void keywordsAreNotStemmedOrFolded() {
    CharArraySet keywords = new CharArraySet(List.of("жолдар", "ауылдар"), false);
    try (Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new StandardTokenizer();
            TokenStream s = new SetKeywordMarkerFilter(new LowerCaseFilter(t), keywords);
            s = new KazakhStemFilter(s);
            s = new ScriptFoldingFilter(s);
            s = KazakhStemFilter.canonical(s);
            return new TokenStreamComponents(t, s);
          }
        }) {
      assertThat(Terms.stems(a, "жолдар ауылдар мектептер"))
          .isEqualTo(List.of("жолдар", "ауылдар", "mektep"));
    }
  }

  @Test
  void randomInputNeverThrowsNorGivesEmptyTerms() {
    Random random = new Random(20240917L);
    int[][] ranges = {
      {0x0400, 0x04FF},
      {'a', 'z'},
      {'A', 'Z'},
      {'0', '9'},
      {0x20, 0x2F},
      {0x1F600, 0x1F64F},
      {0x00C0, 0x024F},
      {0x0300, 0x036F},
      {' ', ' '},
      {0x4E00, 0x4E40}
    };
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        int[] r = ranges[random.nextInt(ranges.length)];
        sb.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
      }
      String text = sb.toString();
      for (Analyzer a : List.of(kazakh, cyrillic)) {
        assertThat(Terms.of(a, text)).as(text).allSatisfy(t -> assertThat(t).isNotEmpty());
      }
    }
  }

  @Test
  void russianAndEnglish() {
    try (Analyzer ru = KenesAnalyzers.russian();
        Analyzer en = KenesAnalyzers.english()) {
      assertThat(Terms.of(ru, "Дороги дорогами")).containsExactly("дорог", "дорог");
      assertThat(Terms.of(en, "Roads and Bridges")).containsExactly("roads", "and", "bridges");
    }
  }
}
