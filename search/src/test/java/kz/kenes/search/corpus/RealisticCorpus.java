package kz.kenes.search.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The realistic benchmark corpus of {@code deploy/bench/search} (issue 17): Kazakh and Russian
 * threads whose words follow a Zipf law over tens of thousands of distinct forms, generated from
 * the stem lists in {@code deploy/bench/corpus} (a hand-written head of everyday vocabulary and a
 * long tail from the hunspell-kk and hunspell-ru dictionaries) with inflections, derivations and
 * compounds; sentences of real length (log-normal, median 10 words); titles; 1-50 posts per thread;
 * each thread keeps a few topic words. The query set is chosen from the corpus itself by frequency
 * band ({@link #queries}). Everything is a function of the seed.
 *
 * <p>Used by {@code deploy/bench/SearchBench.java} (on the class path from search's test classes)
 * and by the tests of this package.
 */
public final class RealisticCorpus {

  /** The seed the benchmark uses. */
  public static final long SEED = 20261205L;

  /** Zipf exponent of the word ranks (natural language: about 1). */
  static final double ZIPF_S = 1.0;

  /** The language of a thread or post. */
  public enum Language {
    KK,
    RU
  }

  /** A word of the lexicon: its base form and the forms it is written in, most common first. */
  record Lexeme(int id, Language language, char kind, String base, List<String> forms) {}

  /** One generated thread: its title, language and posts (plain text). */
  public record GeneratedThread(long index, Language language, String title, List<String> posts) {}

  /** One benchmark query: its class, the text typed, and its PostgreSQL tsquery (prefix AND). */
  public record BenchQuery(String queryClass, String text, String tsquery) {}

  private final List<Lexeme> kk;
  private final List<Lexeme> ru;
  private final double[] kkCumulative;
  private final double[] ruCumulative;
  private final long seed;
  private final Set<String> compoundHeads = new HashSet<>();

  private RealisticCorpus(List<Lexeme> kk, List<Lexeme> ru, long seed) {
    this.kk = kk;
    for (Lexeme l : kk.subList(0, 200)) {
      if (l.kind() == 'n') {
        compoundHeads.add(l.base()); // compounds are made of a head of the ranking and a noun
      }
    }
    this.ru = ru;
    this.kkCumulative = zipfCumulative(kk.size(), ZIPF_S);
    this.ruCumulative = zipfCumulative(ru.size(), ZIPF_S);
    this.seed = seed;
  }

  /** Reads the stem lists of {@code dir} (deploy/bench/corpus) and ranks them with the seed. */
  public static RealisticCorpus load(Path dir, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5eedL);
    List<Lexeme> kk = new ArrayList<>();
    List<Lexeme> ru = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String[] core : table(dir.resolve("kk-core.txt"))) {
      kk.add(kazakh(kk.size(), core[1].charAt(0), core[0]));
      seen.add(core[0]);
    }
    for (String[] core : table(dir.resolve("ru-core.txt"))) {
      ru.add(russian(ru.size(), core[1].charAt(0), core[0]));
      seen.add(core[0]);
    }
    // the long tail: nouns, verbs and (Kazakh) compounds of two nouns, in a seeded order
    List<Lexeme> kkTail = new ArrayList<>();
    List<String> kkNouns = words(dir.resolve("kk-nouns.txt"));
    for (String w : kkNouns) {
      if (seen.add(w)) {
        kkTail.add(kazakh(0, 'n', w));
      }
    }
    for (String w : words(dir.resolve("kk-verbs.txt"))) {
      if (seen.add(w + "у")) {
        kkTail.add(kazakh(0, 'v', w));
      }
    }
    // compounds written as one word (теміржол); their two-word spelling is written by sentence()
    for (int i = 0; i < 600; i++) {
      Lexeme head = kk.get(20 + r.nextInt(kk.size() - 20));
      String a = head.base();
      String b = kkNouns.get(r.nextInt(kkNouns.size()));
      if (head.kind() == 'n' && !a.contains("-") && seen.add(a + b)) {
        kkTail.add(kazakh(0, 'c', a + b));
      }
    }
    Collections.shuffle(kkTail, new java.util.Random(r.nextLong()));
    for (Lexeme l : kkTail) {
      kk.add(new Lexeme(kk.size(), l.language(), l.kind(), l.base(), l.forms()));
    }
    List<Lexeme> ruTail = new ArrayList<>();
    for (String w : words(dir.resolve("ru-nouns.txt"))) {
      if (seen.add(w)) {
        ruTail.add(russian(0, 'n', w));
      }
    }
    for (String w : words(dir.resolve("ru-verbs.txt"))) {
      if (seen.add(w)) {
        ruTail.add(russian(0, 'v', w));
      }
    }
    for (String w : words(dir.resolve("ru-adjectives.txt"))) {
      if (seen.add(w)) {
        ruTail.add(russian(0, 'a', w));
      }
    }
    Collections.shuffle(ruTail, new java.util.Random(r.nextLong()));
    for (Lexeme l : ruTail) {
      ru.add(new Lexeme(ru.size(), l.language(), l.kind(), l.base(), l.forms()));
    }
    return new RealisticCorpus(List.copyOf(kk), List.copyOf(ru), seed);
  }

  private static Lexeme kazakh(int id, char kind, String w) {
    List<String> forms =
        switch (kind) {
          case 'f' -> List.of(w);
          case 'v' -> KazakhMorphology.verbForms(w);
          default -> {
            List<String> f = new ArrayList<>(KazakhMorphology.nounForms(w));
            if (kind == 'n') {
              for (String d : KazakhMorphology.derivations(w)) {
                f.add(d);
                f.add(KazakhMorphology.locative(d));
              }
            }
            yield f;
          }
        };
    return new Lexeme(id, Language.KK, kind, w, List.copyOf(new LinkedHashSet<>(forms)));
  }

  private static Lexeme russian(int id, char kind, String w) {
    List<String> forms =
        switch (kind) {
          case 'f' -> List.of(w);
          case 'v' -> RussianMorphology.verbForms(w);
          case 'a' -> RussianMorphology.adjectiveForms(w);
          default -> RussianMorphology.nounForms(w);
        };
    return new Lexeme(id, Language.RU, kind, w, List.copyOf(new LinkedHashSet<>(forms)));
  }

  private static List<String[]> table(Path p) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.strip().split("\t"));
      }
    }
    return rows;
  }

  private static List<String> words(Path p) throws IOException {
    return table(p).stream().map(row -> row[0]).toList();
  }

  static double[] zipfCumulative(int n, double s) {
    double[] c = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      c[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      c[i] /= sum;
    }
    return c;
  }

  static int draw(double[] cumulative, SplittableRandom r) {
    int i = Arrays.binarySearch(cumulative, r.nextDouble());
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }

  List<Lexeme> lexicon(Language language) {
    return language == Language.KK ? kk : ru;
  }

  /** The number of distinct word forms the lexicon can write. */
  public int distinctForms() {
    Set<String> all = new HashSet<>();
    kk.forEach(l -> all.addAll(l.forms()));
    ru.forEach(l -> all.addAll(l.forms()));
    return all.size();
  }

  private Lexeme lexeme(Language language, SplittableRandom r) {
    return language == Language.KK ? kk.get(draw(kkCumulative, r)) : ru.get(draw(ruCumulative, r));
  }

  /** A form of the lexeme: the first forms far more often than the last (Zipf over forms). */
  private static String form(Lexeme l, SplittableRandom r) {
    List<String> f = l.forms();
    if (f.size() == 1) {
      return f.get(0);
    }
    int i = (int) Math.floor(Math.pow(f.size() + 1, r.nextDouble())) - 1;
    return f.get(Math.min(f.size() - 1, i));
  }

  /** Words in a sentence: log-normal, median 10, 2 to 40 (as in residents' and news prose). */
  static int sentenceLength(SplittableRandom r) {
    double g = gaussian(r);
    return (int) Math.max(2, Math.min(40, Math.round(Math.exp(Math.log(10) + 0.5 * g))));
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private String sentence(Language language, Lexeme[] topic, int words, SplittableRandom r) {
    StringBuilder s = new StringBuilder(words * 9);
    for (int i = 0; i < words; i++) {
      Lexeme l = r.nextInt(100) < 10 ? topic[r.nextInt(topic.length)] : lexeme(language, r);
      String w = form(l, r);
      if (l.kind() == 'c' && r.nextInt(3) == 0) {
        // the compound in two words: its first part is a head noun of kk-core.txt
        for (int k = w.length() - 3; k >= 2; k--) {
          String head = w.substring(0, k);
          if (compoundHeads.contains(head)) {
            w = head + " " + w.substring(k);
            break;
          }
        }
      }
      if (i > 0) {
        s.append(' ');
      }
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
    }
    return s.toString();
  }

  private String post(Language language, Lexeme[] topic, SplittableRandom r) {
    int sentences = 1;
    while (sentences < 12 && r.nextInt(100) < 55) {
      sentences++;
    }
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        p.append(' ');
      }
      p.append(sentence(language, topic, sentenceLength(r), r));
      int end = r.nextInt(20);
      p.append(end == 0 ? "?" : end == 1 ? "!" : ".");
    }
    return p.toString();
  }

  /** Posts of a thread, 1 to 50: most threads short, a few long (mean about 13). */
  static int postsPerThread(SplittableRandom r) {
    double u = r.nextDouble();
    return 1 + (int) Math.floor(50 * u * u * u);
  }

  private GeneratedThread thread(long index, SplittableRandom r) {
    Language language = r.nextInt(10) < 6 ? Language.KK : Language.RU;
    List<Lexeme> lex = lexicon(language);
    Lexeme[] topic = new Lexeme[3];
    for (int i = 0; i < topic.length; i++) {
      // topic words: nouns past the function words, mostly of the middle ranks
      Lexeme l;
      do {
        l =
            lex.get(
                20 + (int) Math.floor(Math.pow(Math.min(lex.size() - 20, 4000), r.nextDouble())));
      } while (l.kind() == 'f');
      topic[i] = l;
    }
    int titleWords = 3 + r.nextInt(7);
    String title = sentence(language, topic, titleWords, r);
    int n = postsPerThread(r);
    List<String> posts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Language pl = i == 0 || r.nextInt(100) < 85 ? language : other(language);
      posts.add(post(pl, pl == language ? topic : topic(pl, r), r));
    }
    return new GeneratedThread(index, language, title, posts);
  }

  private Lexeme[] topic(Language language, SplittableRandom r) {
    return new Lexeme[] {lexicon(language).get(20 + r.nextInt(200))};
  }

  private static Language other(Language l) {
    return l == Language.KK ? Language.RU : Language.KK;
  }

  /** Threads in order until {@code posts} posts have been written (the last thread is cut). */
  public Iterator<GeneratedThread> threads(long posts) {
    SplittableRandom r = new SplittableRandom(seed);
    return new Iterator<>() {
      long written;
      long index;

      @Override
      public boolean hasNext() {
        return written < posts;
      }

      @Override
      public GeneratedThread next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        GeneratedThread t = thread(index++, r);
        if (written + t.posts().size() > posts) {
          t =
              new GeneratedThread(
                  t.index(),
                  t.language(),
                  t.title(),
                  t.posts().subList(0, (int) (posts - written)));
        }
        written += t.posts().size();
        return t;
      }
    };
  }

  // ------------------------------------------------------------------------------ queries ----

  /** Document frequencies over the first {@code samplePosts} posts of the corpus. */
  record Sample(
      int posts,
      Map<Integer, Integer> kkDf,
      Map<Integer, Integer> ruDf,
      Map<String, Integer> formDf,
      List<int[]> kkPostLexemes) {}

  Sample sample(int samplePosts) {
    Map<String, Lexeme> kkByForm = new HashMap<>();
    for (Lexeme l : kk) {
      l.forms().forEach(f -> kkByForm.putIfAbsent(f, l));
    }
    Map<String, Lexeme> ruByForm = new HashMap<>();
    for (Lexeme l : ru) {
      l.forms().forEach(f -> ruByForm.putIfAbsent(f, l));
    }
    Map<Integer, Integer> kkDf = new HashMap<>();
    Map<Integer, Integer> ruDf = new HashMap<>();
    Map<String, Integer> formDf = new HashMap<>();
    List<int[]> kkPosts = new ArrayList<>();
    int n = 0;
    Iterator<GeneratedThread> it = threads(samplePosts);
    while (it.hasNext()) {
      for (String p : it.next().posts()) {
        n++;
        Set<String> forms = new HashSet<>();
        for (String w : p.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
          if (!w.isEmpty()) {
            forms.add(w);
          }
        }
        Set<Integer> kkIds = new HashSet<>();
        Set<Integer> ruIds = new HashSet<>();
        for (String f : forms) {
          formDf.merge(f, 1, Integer::sum);
          Lexeme k = kkByForm.get(f);
          if (k != null) {
            kkIds.add(k.id());
          }
          Lexeme ruL = ruByForm.get(f);
          if (ruL != null) {
            ruIds.add(ruL.id());
          }
        }
        kkIds.forEach(id -> kkDf.merge(id, 1, Integer::sum));
        ruIds.forEach(id -> ruDf.merge(id, 1, Integer::sum));
        kkPosts.add(kkIds.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return new Sample(n, kkDf, ruDf, formDf, kkPosts);
  }

  /**
   * The query set, chosen by frequency band over the first {@code samplePosts} posts: common words
   * are in at least 2 % of posts, middle ones in 0.2-2 %, rare ones in 0.005-0.05 % (50 to 500
   * posts of a million). Function words are not queried.
   */
  public List<BenchQuery> queries(int samplePosts) {
    Sample s = sample(samplePosts);
    SplittableRandom r = new SplittableRandom(seed + 17);
    double p = s.posts();
    List<Lexeme> kkCommon = nouns(band(kk, s.kkDf(), p * 0.02, p, false));
    List<Lexeme> ruCommon = nouns(band(ru, s.ruDf(), p * 0.02, p, false));
    List<Lexeme> kkMiddle = band(kk, s.kkDf(), p * 0.002, p * 0.02, false);
    List<Lexeme> ruMiddle = band(ru, s.ruDf(), p * 0.002, p * 0.02, false);
    List<Lexeme> kkRare = nouns(band(kk, s.kkDf(), Math.max(1, p * 0.00005), p * 0.0005, false));
    List<Lexeme> ruRare = nouns(band(ru, s.ruDf(), Math.max(1, p * 0.00005), p * 0.0005, false));
    List<BenchQuery> q = new ArrayList<>();
    Set<String> used = new HashSet<>();
    // common single words
    add(q, used, "common word", pick(kkCommon, 5, r), l -> l.base());
    add(q, used, "common word", pick(ruCommon, 4, r), l -> l.base());
    // rare single words
    add(q, used, "rare word", pick(kkRare, 4, r), l -> l.base());
    add(q, used, "rare word", pick(ruRare, 4, r), l -> l.base());
    // two-word AND
    for (int i = 0; i < 7; i++) {
      List<Lexeme> pair = pick(i < 4 ? kkCommon : ruCommon, 2, r);
      andQuery(q, used, "AND common+common", pair.get(0).base(), pair.get(1).base());
    }
    for (int i = 0; i < 8; i++) {
      boolean kazakh = i < 5;
      Lexeme a = pick(kazakh ? kkCommon : ruCommon, 1, r).get(0);
      Lexeme b = pick(kazakh ? kkRare : ruRare, 1, r).get(0);
      andQuery(q, used, "AND common+rare", a.base(), b.base());
    }
    // rare + rare: two rare words that meet in a sampled post, so that the answer is not empty
    Set<Integer> rareIds = new HashSet<>();
    kkRare.forEach(l -> rareIds.add(l.id()));
    int rr = 0;
    List<int[]> posts = new ArrayList<>(s.kkPostLexemes());
    Collections.shuffle(posts, new java.util.Random(r.nextLong()));
    for (int[] ids : posts) {
      if (rr == 6) {
        break;
      }
      List<Integer> rare = new ArrayList<>();
      for (int id : ids) {
        if (rareIds.contains(id)) {
          rare.add(id);
        }
      }
      if (rare.size() >= 2) {
        Collections.sort(rare);
        if (andQuery(
            q, used, "AND rare+rare", kk.get(rare.get(0)).base(), kk.get(rare.get(1)).base())) {
          rr++;
        }
      }
    }
    // inflected forms: a form with stacked endings of a middle-band Kazakh noun
    int inflected = 0;
    for (Lexeme l : pick(kkMiddle, 40, r)) {
      if (inflected == 7 || l.kind() != 'n') {
        continue;
      }
      List<String> stacked = new ArrayList<>();
      for (String f : l.forms()) {
        if (s.formDf().containsKey(f) && f.length() >= l.base().length() + 4) {
          stacked.add(f); // at least two endings: мектептерде, ауылымызға
        }
      }
      String longest = stacked.isEmpty() ? null : stacked.get(r.nextInt(stacked.size()));
      if (longest != null && used.add(longest)) {
        q.add(new BenchQuery("inflected form", longest, longest + ":*"));
        inflected++;
      }
    }
    // bare stems: Kazakh verb stems as typed without an ending, and middle-band noun stems
    int bare = 0;
    for (Lexeme l : pick(kkMiddle, 60, r)) {
      if (bare < 6 && l.kind() == 'v' && l.base().length() >= 3 && used.add(l.base())) {
        q.add(new BenchQuery("bare stem", l.base(), l.base() + ":*"));
        bare++;
      }
    }
    // Latin-script Kazakh: common and middle words typed in phone Latin
    int latin = 0;
    for (Lexeme l : pick(join(kkCommon, kkMiddle), 30, r)) {
      String w = KazakhMorphology.phoneLatin(form(l, r));
      if (latin < 6 && w.length() >= 3 && used.add(w)) {
        q.add(new BenchQuery("Latin-script Kazakh", w, w + ":*"));
        latin++;
      }
    }
    // Russian: middle-band words in an inflected form
    int russian = 0;
    for (Lexeme l : pick(ruMiddle, 30, r)) {
      String w = l.forms().get(Math.min(l.forms().size() - 1, 1 + r.nextInt(4)));
      if (russian < 6 && s.formDf().containsKey(w) && used.add(w)) {
        q.add(new BenchQuery("Russian form", w, w + ":*"));
        russian++;
      }
    }
    // no hit: words of neither language (a rare stem written backwards, never generated)
    int none = 0;
    for (Lexeme l : pick(join(kkRare, ruRare), 40, r)) {
      String w = new StringBuilder(l.base()).reverse().toString();
      if (none < 4 && w.length() >= 5 && !s.formDf().containsKey(w) && used.add(w)) {
        q.add(new BenchQuery("no hit", w + "қзщ", w + "қзщ:*"));
        none++;
      }
    }
    return q;
  }

  private static List<Lexeme> join(List<Lexeme> a, List<Lexeme> b) {
    List<Lexeme> j = new ArrayList<>(a);
    j.addAll(b);
    return j;
  }

  private static boolean andQuery(
      List<BenchQuery> q, Set<String> used, String c, String a, String b) {
    if (a.equals(b) || !used.add(a + " " + b)) {
      return false;
    }
    q.add(new BenchQuery(c, a + " " + b, a + ":* & " + b + ":*"));
    return true;
  }

  private static void add(
      List<BenchQuery> q,
      Set<String> used,
      String c,
      List<Lexeme> ls,
      java.util.function.Function<Lexeme, String> text) {
    for (Lexeme l : ls) {
      String t = text.apply(l);
      if (used.add(t)) {
        q.add(new BenchQuery(c, t, t + ":*"));
      }
    }
  }

  private static List<Lexeme> nouns(List<Lexeme> ls) {
    return ls.stream().filter(l -> l.kind() == 'n' || l.kind() == 'c').toList();
  }

  /** Lexemes (not function words) in {@code [low, high)} posts of the sample, by rank. */
  private static List<Lexeme> band(
      List<Lexeme> lex, Map<Integer, Integer> df, double low, double high, boolean functions) {
    List<Lexeme> out = new ArrayList<>();
    for (Lexeme l : lex) {
      int d = df.getOrDefault(l.id(), 0);
      if (d >= low && d < high && (functions || l.kind() != 'f') && !l.base().contains("-")) {
        out.add(l);
      }
    }
    return out;
  }

  private static List<Lexeme> pick(List<Lexeme> from, int n, SplittableRandom r) {
    if (from.isEmpty()) {
      throw new IllegalStateException("empty frequency band: sample more posts");
    }
    List<Lexeme> copy = new ArrayList<>(from);
    List<Lexeme> out = new ArrayList<>();
    while (out.size() < n && !copy.isEmpty()) {
      out.add(copy.remove(r.nextInt(copy.size())));
    }
    return out;
  }
}
