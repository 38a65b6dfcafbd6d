package kz.kenes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.forum.platform.Setting;
import org.junit.jupiter.api.Test;

/**
 * The settings have one source, {@link Setting}: the README's table is generated from it (this test
 * fails when they differ; {@code mvn -o test -pl forum-web -am -Dtest=SettingsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dkenes.settings.write=true} rewrites the table), every
 * {@code KENES_…} variable that the code, the server configuration or the scripts read is in it,
 * and every one of it is read where it says.
 */
class SettingsTest {
  static final Path README = Path.of("../README.md");
  static final String START = "<!-- settings: generated from kz.kenes.forum.platform.Setting -->";
  static final String END = "<!-- /settings -->";
  static final Path CLI = Path.of("../deploy/src/main/wildfly/kenes.cli");
  static final Path PERSISTENCE = Path.of("src/main/resources/META-INF/persistence.xml");
  static final List<Path> SCRIPTS =
      List.of(Path.of("../deploy/run"), Path.of("../deploy/stop"), Path.of("../deploy/reindex"));

  /** The SMS library and the development SMS centre (plain Java, outside the WAR's modules). */
  static final List<String> SMS = List.of("../deploy/sms", "../deploy/sms-centre");

  /** The Kenes Keycloak extension (plain Java in Keycloak). */
  static final String PHONE_EXTENSION = "../deploy/keycloak-phone";

  private static final Pattern VARIABLE = Pattern.compile("\\bKENES_[A-Z0-9_]*[A-Z0-9]\\b");

  static String table() {
    StringBuilder table = new StringBuilder();
    table.append("| Variable | Default | Read by | Meaning |\n|---|---|---|---|\n");
    for (Setting s : Setting.values()) {
      table
          .append("| `")
          .append(s.name())
          .append("` | ")
          .append(s.shownDefault())
          .append(" | ")
          .append(s.reader().words())
          .append(" | ")
          .append(s.description())
          .append(" |\n");
    }
    return table.toString();
  }

  @Test
  void theReadmeTableIsGeneratedFromTheEnum() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README marker " + START).isNotNegative();
    assertThat(end).as("README marker " + END).isGreaterThan(start);
    String expected = START + "\n" + table() + END;
    String actual = readme.substring(start, end + END.length());
    if (!actual.equals(expected) && Boolean.getBoolean("kenes.settings.write")) {
      Files.writeString(
          README,
          readme.substring(0, start) + expected + readme.substring(end + END.length()),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual)
        .as("README settings table (-Dkenes.settings.write=true)")
        .isEqualTo(expected);
  }

  @Test
  void everyVariableReadAnywhereIsASetting() throws IOException {
    Set<String> read = new TreeSet<>();
    List<Path> files = new ArrayList<>(SourceTree.mainJava());
    files.add(CLI);
    files.add(PERSISTENCE);
    files.addAll(SCRIPTS);
    for (String module : SMS) {
      files.addAll(SourceTree.files(module + "/src/main/java", ".java"));
    }
    files.addAll(SourceTree.files(PHONE_EXTENSION + "/src/main/java", ".java"));
    for (Path file : files) {
      Matcher m = VARIABLE.matcher(Files.readString(file));
      while (m.find()) {
        read.add(m.group());
      }
    }
    assertThat(read).hasSizeGreaterThan(20);
    Set<String> known = new TreeSet<>();
    for (Setting s : Setting.values()) {
      known.add(s.name());
    }
    assertThat(known).containsAll(read);
  }

  @Test
  void everySettingIsReadWhereItSaysWithItsDefault() throws IOException {
    String cli = Files.readString(CLI);
    String persistence = Files.readString(PERSISTENCE);
    StringBuilder scripts = new StringBuilder();
    for (Path script : SCRIPTS) {
      scripts.append(Files.readString(script));
    }
    StringBuilder java = new StringBuilder();
    for (Path file : SourceTree.mainJava()) {
      if (!file.endsWith("Setting.java")) {
        java.append(Files.readString(file));
      }
    }
    StringBuilder sms = new StringBuilder();
    for (Path file : SourceTree.files(SMS.get(0) + "/src/main/java", ".java")) {
      sms.append(Files.readString(file));
    }
    StringBuilder phone = new StringBuilder();
    for (Path file : SourceTree.files(PHONE_EXTENSION + "/src/main/java", ".java")) {
      phone.append(Files.readString(file));
    }
    for (Setting s : Setting.values()) {
      String expression = "${env." + s.name();
      String withDefault =
          s.defaultValue() == null ? expression : expression + ":" + s.defaultValue() + "}";
      switch (s.reader()) {
        case SERVER -> assertThat(cli).as(s.name()).contains(withDefault);
        case PERSISTENCE_XML -> assertThat(persistence).as(s.name()).contains(withDefault);
        case SERVER_AND_APP -> {
          assertThat(cli).as(s.name()).contains(withDefault);
          assertThat(java).as(s.name()).contains(s.name());
        }
        case APP -> assertThat(java).as(s.name()).contains(s.name());
        case SMS_LIBRARY -> assertThat(sms).as(s.name()).contains("\"" + s.name() + "\"");
        case PHONE_EXTENSION -> {
          assertThat(phone).as(s.name()).contains("\"" + s.name() + "\"");
          assertThat(phone).as(s.name()).contains(", " + s.defaultValue() + ")");
        }
        case SCRIPT, KEYCLOAK -> assertThat(scripts).as(s.name()).contains(s.name());
      }
    }
  }
}
