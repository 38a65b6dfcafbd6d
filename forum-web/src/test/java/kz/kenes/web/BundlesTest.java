package kz.kenes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.thread.Category;
import kz.kenes.forum.thread.ThreadStatus;
import kz.kenes.forum.thread.ThreadType;
import org.junit.jupiter.api.Test;

/** Every user-facing text exists in Kazakh, Russian and English. */
class BundlesTest {
  private static final Pattern TEMPLATE_KEY = Pattern.compile("ctx\\.t\\(\"([a-z0-9.-]+)\"");
  private static final Pattern CODE_KEY =
      Pattern.compile("\"((?:error|validation)\\.[a-z0-9.-]+)(?<!\\.jte)\"");

  @Test
  void theThreeLanguagesHaveTheSameKeysInEveryFamily() throws IOException {
    for (String family : families()) {
      Set<String> kk = load(family + ".properties").stringPropertyNames();
      assertThat(kk).as(family).isNotEmpty();
      assertThat(load(family + "_ru.properties").stringPropertyNames())
          .as(family + " ru")
          .isEqualTo(kk);
      assertThat(load(family + "_en.properties").stringPropertyNames())
          .as(family + " en")
          .isEqualTo(kk);
    }
  }

  @Test
  void noKeyIsDefinedInTwoFamilies() throws IOException {
    Set<String> seen = new TreeSet<>();
    for (String family : families()) {
      for (String key : load(family + ".properties").stringPropertyNames()) {
        assertThat(seen.add(key)).as(key + " defined twice").isTrue();
      }
    }
  }

  @Test
  void everyKeyThePagesAndTheCodeUseExists() throws IOException {
    Set<String> keys = allKeys();
    Set<String> used = new TreeSet<>();
    collect("src/main/jte", ".jte", TEMPLATE_KEY, used);
    for (String module : SourceTree.MODULES) {
      collect(module + "/src/main/java", ".java", CODE_KEY, used);
    }

    assertThat(used).hasSizeGreaterThan(20);
    assertThat(keys).containsAll(used);
  }

  @Test
  void everyEnumShownOnPagesHasALabel() throws IOException {
    Set<String> keys = allKeys();
    for (Class<? extends Enum<?>> type :
        java.util.List.<Class<? extends Enum<?>>>of(
            kz.kenes.forum.claim.ClaimVerdict.class,
            kz.kenes.forum.notification.NotificationKind.class,
            BodyKind.class,
            BodyLevel.class,
            ThreadType.class,
            ThreadStatus.class,
            Category.class,
            StaffRole.class,
            kz.kenes.forum.thread.PostVisibility.class,
            kz.kenes.forum.thread.OfflineChannel.class,
            kz.kenes.moderation.review.FlagReason.class,
            kz.kenes.moderation.review.ModerationAction.class,
            kz.kenes.moderation.review.ReviewStatus.class,
            kz.kenes.moderation.appeal.AppealStatus.class,
            kz.kenes.moderation.appeal.AppealResult.class,
            kz.kenes.moderation.appeal.AppealChannel.class,
            kz.kenes.search.index.DocumentKind.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(keys).contains("enum." + type.getSimpleName() + "." + constant.name());
      }
    }
  }

  @Test
  void everyModuleWithTextsNamesItsFamilies() {
    // Messages finds the families in each jar's META-INF/kenes/message-families
    assertThat(kz.kenes.forum.platform.Messages.FAMILIES)
        .contains("kz.kenes.i18n.messages", "kz.kenes.i18n.moderation");
  }

  private static java.util.List<String> families() {
    return kz.kenes.forum.platform.Messages.FAMILIES.stream()
        .map(f -> f.substring(f.lastIndexOf('.') + 1))
        .toList();
  }

  private static Set<String> allKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String family : families()) {
      keys.addAll(load(family + ".properties").stringPropertyNames());
    }
    return keys;
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream("/kz/kenes/i18n/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static void collect(String root, String suffix, Pattern pattern, Set<String> into)
      throws IOException {
    for (Path file : SourceTree.files(root, suffix)) {
      Matcher matcher = pattern.matcher(Files.readString(file));
      while (matcher.find()) {
        into.add(matcher.group(1));
      }
    }
  }
}
