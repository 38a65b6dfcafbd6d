package kz.kenes.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark corpus generator: determinism, Zipf shape, vowel harmony, thread shape. */
class RealisticCorpusTest {

  static final Path DIR = Path.of("..", "deploy", "bench", "corpus");
  private static RealisticCorpus corpus;

  @BeforeAll
  static void load() throws IOException {
    corpus = RealisticCorpus.load(DIR, RealisticCorpus.SEED);
  }

  private static List<RealisticCorpus.GeneratedThread> first(RealisticCorpus c, int posts) {
    List<RealisticCorpus.GeneratedThread> out = new ArrayList<>();
    c.threads(posts).forEachRemaining(out::add);
    return out;
  }

  @Test
  void theSameSeedWritesTheSameCorpusAndAnotherSeedAnother() throws IOException {
    var again = RealisticCorpus.load(DIR, RealisticCorpus.SEED);
    assertThat(first(again, 3000)).isEqualTo(first(corpus, 3000));
    var other = RealisticCorpus.load(DIR, RealisticCorpus.SEED + 1);
    assertThat(first(other, 3000)).isNotEqualTo(first(corpus, 3000));
  }

  @Test
  void theLexiconWritesTensOfThousandsOfFormsAndTheCorpusUsesThem() {
    assertThat(corpus.distinctForms()).isGreaterThan(200_000);
    Map<String, Integer> freq = frequencies(15_000);
    assertThat(freq).hasSizeGreaterThan(15_000);
  }

  private static Map<String, Integer> frequencies(int posts) {
    Map<String, Integer> freq = new HashMap<>();
    Iterator<RealisticCorpus.GeneratedThread> it = corpus.threads(posts);
    while (it.hasNext()) {
      for (String p : it.next().posts()) {
        for (String w : p.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
          if (!w.isEmpty()) {
            freq.merge(w, 1, Integer::sum);
          }
        }
      }
    }
    return freq;
  }

  @Test
  void wordFrequenciesFollowAZipfLaw() {
    int[] ranked =
        frequencies(10_000).values().stream()
            .sorted((a, b) -> b - a)
            .mapToInt(Integer::intValue)
            .toArray();
    // slope of log(frequency) against log(rank) between ranks 10 and 1000 (Zipf: about -1)
    double slope = Math.log((double) ranked[999] / ranked[9]) / Math.log(1000.0 / 10);
    assertThat(slope).isBetween(-1.3, -0.7);
    // and a long tail: most forms are seen only a few times
    long hapax = java.util.Arrays.stream(ranked).filter(f -> f <= 2).count();
    assertThat(hapax).isGreaterThan(ranked.length / 3);
  }

  @Test
  void threadsHoldOneToFiftyPostsOfRealSentences() {
    List<RealisticCorpus.GeneratedThread> threads = first(corpus, 20_000);
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (var t : threads.subList(0, threads.size() - 1)) {
      min = Math.min(min, t.posts().size());
      max = Math.max(max, t.posts().size());
      assertThat(t.title()).isNotBlank();
    }
    assertThat(min).isEqualTo(1);
    assertThat(max).isEqualTo(50);
    assertThat(threads.stream().mapToInt(t -> t.posts().size()).sum()).isEqualTo(20_000);
    SplittableRandom r = new SplittableRandom(1);
    int[] lengths = new int[10_000];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = RealisticCorpus.sentenceLength(r);
    }
    java.util.Arrays.sort(lengths);
    assertThat(lengths[5_000]).isBetween(9, 11);
    assertThat(lengths[0]).isGreaterThanOrEqualTo(2);
    assertThat(lengths[9_999]).isBetween(25, 40);
    long kazakh = threads.stream().filter(t -> t.language() == RealisticCorpus.Language.KK).count();
    assertThat((double) kazakh / threads.size()).isBetween(0.5, 0.7);
  }

  @Test
  void kazakhEndingsFollowVowelHarmonyAndTheLastSound() {
    assertThat(KazakhMorphology.nounForms("мектеп"))
        .contains("мектептер", "мектебі", "мектепке", "мектепте", "мектебіміз", "мектебінде");
    assertThat(KazakhMorphology.nounForms("жол"))
        .contains("жолдар", "жолы", "жолға", "жолда", "жолдың", "жолымыз", "жолынан");
    assertThat(KazakhMorphology.nounForms("бала"))
        .contains("балалар", "баласы", "балаға", "баланың", "баламыз", "баласына");
    assertThat(KazakhMorphology.nounForms("үй")).contains("үйлер", "үйі", "үйге", "үйдің");
    assertThat(KazakhMorphology.nounForms("мұрын")).contains("мұрны", "мұрнымыз");
    assertThat(KazakhMorphology.derivations("жарық")).contains("жарықсыз", "жарықсыздық");
    assertThat(KazakhMorphology.verbForms("жөнде")).contains("жөндеу", "жөндеді", "жөндеп");
    // every ending of every generated Kazakh noun keeps the harmony of its stem
    for (var l : corpus.lexicon(RealisticCorpus.Language.KK)) {
      if (l.kind() != 'n' || l.base().contains("-")) {
        continue;
      }
      boolean back = KazakhMorphology.back(l.base());
      String stemPart = l.base().substring(0, l.base().length() - 1);
      for (String f : l.forms()) {
        assertThat(f)
            .as(l.base())
            .startsWith(stemPart.substring(0, Math.max(0, stemPart.length() - 2)));
        // the instrumental -мен/-бен/-пен is the one ending without harmony
        String ending =
            f.substring(Math.min(f.length(), l.base().length())).replaceAll("[мбп]ен$", "");
        String wrong = back ? ending.replaceAll("[^әеіөү]", "") : ending.replaceAll("[^аыоұ]", "");
        assertThat(wrong).as(l.base() + " → " + f).isEmpty();
      }
    }
  }

  @Test
  void theQuerySetHasSixtyQueriesInEveryClassFromTheCorpusItself() throws IOException {
    List<RealisticCorpus.BenchQuery> queries = corpus.queries(40_000);
    Map<String, Long> byClass =
        queries.stream()
            .collect(
                Collectors.groupingBy(
                    RealisticCorpus.BenchQuery::queryClass, Collectors.counting()));
    assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
    assertThat(byClass)
        .containsKeys(
            "common word",
            "rare word",
            "AND common+common",
            "AND common+rare",
            "AND rare+rare",
            "inflected form",
            "bare stem",
            "Latin-script Kazakh",
            "Russian form",
            "no hit");
    assertThat(byClass.values()).allMatch(n -> n >= 4);
    queries.forEach(q -> System.out.println(q.queryClass() + "\t" + q.text()));
  }
}
