package kz.kenes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The source files the guard tests read (JpqlTest, BundlesTest, PagePathsTest). A guard that scans
 * a folder which moved or emptied would check nothing and pass: here a missing folder, or one
 * without a single matching file, fails the test instead.
 */
final class SourceTree {
  /** The main Java sources of every module of the WAR, as seen from forum-web. */
  static final List<String> MODULES = List.of("../forum-api", "../moderation", "../search", ".");

  private SourceTree() {}

  /** The files under {@code root} (relative to forum-web) whose names end with {@code suffix}. */
  static List<Path> files(String root, String suffix) throws IOException {
    Path folder = Path.of(root);
    assertThat(folder).as("folder the guard scans").isDirectory();
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files =
          walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).toList();
      assertThat(files).as("*" + suffix + " files under " + folder).isNotEmpty();
      return files;
    }
  }

  /** The main Java sources of every module of {@link #MODULES}. */
  static List<Path> mainJava() throws IOException {
    List<Path> all = new java.util.ArrayList<>();
    for (String module : MODULES) {
      all.addAll(files(module + "/src/main/java", ".java"));
    }
    return all;
  }
}
