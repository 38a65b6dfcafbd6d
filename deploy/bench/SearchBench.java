/*
 * Search benchmark of Kenes against PostgreSQL full-text search done the way Discourse does it.
 * Run by deploy/bench/search (which starts PostgreSQL and a Kenes server on shifted ports);
 * single-file Java program with the PostgreSQL JDBC driver on the class path.
 *
 *   java -cp postgresql.jar SearchBench.java load  <jdbcUrl> <posts>
 *   java -cp postgresql.jar SearchBench.java query <jdbcUrl> <kenesBaseUrl> <seconds per query>
 */
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

public class SearchBench {

  // ---------------------------------------------------------------- corpus --------------------
  // Kazakh noun stems with their harmony (true = back vowels) and realistic endings; the endings
  // follow vowel harmony and the consonant assimilation of the stem's last sound.
  record Stem(String stem, boolean back) {}

  static final Stem[] KK_NOUNS = {
    new Stem("жол", true), new Stem("ауыл", true), new Stem("мектеп", false),
    new Stem("су", true), new Stem("жарық", true), new Stem("көше", false),
    new Stem("аурухана", true), new Stem("балабақша", true), new Stem("көпір", false),
    new Stem("әкім", false), new Stem("тұрғын", true), new Stem("үй", false),
    new Stem("жер", false), new Stem("бала", true), new Stem("дәрігер", false),
    new Stem("автобус", true), new Stem("қоқыс", true), new Stem("саябақ", true),
    new Stem("құбыр", true), new Stem("газ", true), new Stem("электр", false),
    new Stem("мұғалім", false), new Stem("ата-ана", true), new Stem("емхана", true),
    new Stem("аялдама", true), new Stem("шатыр", true), new Stem("қала", true),
    new Stem("аудан", true), new Stem("мәселе", false), new Stem("өтініш", false),
    new Stem("жауап", true), new Stem("қаражат", true), new Stem("бюджет", false),
    new Stem("спорт", true), new Stem("алаң", true), new Stem("орындық", true),
    new Stem("шам", true), new Stem("тротуар", true), new Stem("жылу", true),
    new Stem("пәтер", false)
  };
  static final String[] KK_VERBS = {
    "жөндеу керек", "салу қажет", "тазалау керек", "жөндеді", "салынады", "бітеді",
    "жоқ", "бар", "бұзылған", "ашылды", "жабылды", "жөнделмеген", "сұраймыз", "өтінеміз",
    "көмектесіңіздер", "қашан", "неге", "тез арада", "жыл бойы", "әлі күнге дейін"
  };
  static final String[] RU_WORDS = {
    "дорога", "дороги", "дорогу", "дорогой", "дорог", "ремонт", "ремонта", "ремонтом",
    "школа", "школы", "школе", "школу", "вода", "воды", "водой", "свет", "света",
    "освещение", "улица", "улицы", "улице", "аким", "акимат", "акимата", "жители",
    "жителей", "мост", "моста", "больница", "больницы", "садик", "детский", "сад",
    "мусор", "мусора", "вывоз", "автобус", "автобуса", "остановка", "остановки", "труба",
    "трубы", "газ", "газа", "крыша", "крыши", "бюджет", "бюджета", "деньги", "когда",
    "почему", "нужно", "надо", "срочно", "отремонтировать", "починить", "построить",
    "просим", "нет", "уже", "год", "года", "лет", "опять", "снова", "район", "района", "село",
    "села", "селе"
  };

  static String[] kkForms(Stem s) {
    String st = s.stem();
    char last = st.charAt(st.length() - 1);
    boolean vowel = "аәеиоөұүыіэюяу".indexOf(last) >= 0;
    boolean voiceless = "кқпстфхцчшщ".indexOf(last) >= 0;
    boolean sonorant = "лрйуңмнз".indexOf(last) >= 0;
    boolean b = s.back();
    String pl = vowel || sonorant && "йру".indexOf(last) >= 0 ? (b ? "лар" : "лер")
        : voiceless ? (b ? "тар" : "тер") : (b ? "дар" : "дер");
    String acc = vowel ? (b ? "ны" : "ні") : voiceless ? (b ? "ты" : "ті") : (b ? "ды" : "ді");
    String gen = vowel ? (b ? "ның" : "нің") : voiceless ? (b ? "тың" : "тің") : (b ? "дың" : "дің");
    String loc = voiceless ? (b ? "та" : "те") : (b ? "да" : "де");
    String dat = voiceless ? (b ? "қа" : "ке") : (b ? "ға" : "ге");
    String abl = vowel || "лрйу".indexOf(last) >= 0 ? (b ? "дан" : "ден")
        : voiceless ? (b ? "тан" : "тен") : "мнң".indexOf(last) >= 0 ? (b ? "нан" : "нен")
        : (b ? "дан" : "ден");
    String poss1pl = vowel ? (b ? "мыз" : "міз") : (b ? "ымыз" : "іміз");
    String poss3 = vowel ? "сы" : (b ? "ы" : "і");
    String plBase = st + pl;
    return new String[] {
      st, st, st, plBase, st + acc, st + gen, st + loc, st + dat, st + abl, st + poss1pl,
      st + poss3, plBase + (b ? "ы" : "і"), plBase + (b ? "ды" : "ді"), plBase + (b ? "ға" : "ге"),
      plBase + (b ? "ымыз" : "іміз"), st + poss1pl + (b ? "дағы" : "дегі"),
      plBase + (b ? "да" : "де"), st + poss1pl + (b ? "ға" : "ге")
    };
  }

  /** Filler vocabulary: pseudo-words from Kazakh syllables, so that the lexicon is large. */
  static String filler(SplittableRandom r) {
    String[] syl = {"ба", "қа", "ты", "рі", "ле", "ма", "жа", "сы", "ну", "ке", "тө", "ғы", "ді",
        "ра", "шы", "мұ", "пе", "лі", "за", "ңы", "ол", "ар", "ен", "ық"};
    int n = 2 + r.nextInt(3);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < n; i++) {
      w.append(syl[r.nextInt(syl.length)]);
    }
    return w.toString();
  }

  /** Zipf-like choice: small indexes far more often. */
  static int zipf(SplittableRandom r, int n) {
    double u = r.nextDouble();
    return Math.min(n - 1, (int) Math.floor(Math.pow(n + 1, u)) - 1);
  }

  static String kkPost(SplittableRandom r) {
    StringBuilder s = new StringBuilder();
    int words = 12 + r.nextInt(30);
    for (int i = 0; i < words; i++) {
      int k = r.nextInt(10);
      if (k < 5) {
        String[] forms = kkForms(KK_NOUNS[zipf(r, KK_NOUNS.length)]);
        s.append(forms[r.nextInt(forms.length)]);
      } else if (k < 7) {
        s.append(KK_VERBS[r.nextInt(KK_VERBS.length)]);
      } else {
        s.append(filler(r));
      }
      s.append(i % 9 == 8 ? ". " : " ");
    }
    return s.toString().strip();
  }

  static String ruPost(SplittableRandom r) {
    StringBuilder s = new StringBuilder();
    int words = 12 + r.nextInt(30);
    for (int i = 0; i < words; i++) {
      s.append(r.nextInt(4) == 0 ? filler(r) : RU_WORDS[zipf(r, RU_WORDS.length)]);
      s.append(i % 9 == 8 ? ". " : " ");
    }
    return s.toString().strip();
  }

  static String escapeCopy(String s) {
    return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
  }

  static String html(String s) {
    return "<p>" + s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
  }

  static void load(String url, int posts) throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      long existing = single(c, "select count(*) from post");
      if (existing >= posts) {
        System.out.printf("corpus: %d posts already loaded%n", existing);
        return;
      }
      long bodies = single(c, "select count(*) from body");
      long member = single(c, "select min(id) from member");
      if (bodies == 0 || member == 0) {
        throw new IllegalStateException("start Kenes once with KENES_DEMO_DATA=true first");
      }
      List<Long> bodyIds = new ArrayList<>();
      try (ResultSet rs = c.createStatement().executeQuery("select id from body order by id")) {
        while (rs.next()) {
          bodyIds.add(rs.getLong(1));
        }
      }
      long t0 = System.nanoTime();
      SplittableRandom r = new SplittableRandom(20261127L);
      long firstThread = single(c, "select coalesce(max(id), 0) + 1000 from forum_thread");
      int perThread = 10;
      int threads = posts / perThread;
      String[] types = {"PROPOSAL", "QUESTION", "COMPLAINT", "DISCUSSION"};
      String[] categories = {"ROADS", "WATER_SUPPLY", "LIGHTING", "EDUCATION", "HEALTH", "OTHER"};
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      StringBuilder tb = new StringBuilder();
      StringBuilder pb = new StringBuilder();
      String now = "2026-11-01 10:00:00+00";
      for (int t = 0; t < threads; t++) {
        long threadId = firstThread + t;
        boolean kk = r.nextInt(10) < 6;
        String title = kk ? kkPost(r) : ruPost(r);
        title = title.substring(0, Math.min(title.length(), 80));
        tb.append(threadId).append('\t').append(bodyIds.get(r.nextInt(bodyIds.size())))
            .append('\t').append(types[r.nextInt(types.length)]).append('\t')
            .append(categories[r.nextInt(categories.length)]).append('\t')
            .append(escapeCopy(title)).append("\tOPEN\t").append(kk ? "KK" : "RU").append('\t')
            .append(member).append('\t').append(now).append('\t').append(now).append('\t')
            .append(perThread).append('\n');
        for (int n = 1; n <= perThread; n++) {
          boolean postKk = n == 1 ? kk : r.nextInt(10) < 6;
          String text = postKk ? kkPost(r) : ruPost(r);
          pb.append(threadId).append('\t').append(n).append('\t').append(member).append('\t')
              .append(escapeCopy(text)).append('\t').append(escapeCopy(html(text)))
              .append("\t1\t").append(now).append('\n');
        }
        if (t % 5000 == 4999 || t == threads - 1) {
          copy.copyIn("copy forum_thread (id, body_id, type, category, title, status, language,"
              + " author_id, created_at, last_activity_at, post_count) from stdin",
              new StringReader(tb.toString()));
          copy.copyIn("copy post (thread_id, post_number, author_id, raw, cooked, cook_version,"
              + " created_at) from stdin", new StringReader(pb.toString()));
          tb.setLength(0);
          pb.setLength(0);
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("select setval(pg_get_serial_sequence('forum_thread', 'id'),"
            + " (select max(id) from forum_thread))");
      }
      c.commit();
      System.out.printf("corpus: %d threads, %d posts loaded in %.1f s%n", threads,
          (long) threads * perThread, (System.nanoTime() - t0) / 1e9);

      // Discourse's way: a post_search_data row per post with a tsvector of the post (the first
      // post also carries the topic's title), built
      // with the text search configuration of the post's locale ('russian' for Russian,
      // 'simple' for Kazakh, which PostgreSQL does not know), and a GIN index.
      long t1 = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute("drop table if exists bench_post_search_data");
        s.execute("create table bench_post_search_data (post_id bigint primary key,"
            + " search_data tsvector not null)");
        s.execute("insert into bench_post_search_data (post_id, search_data)"
            + " select p.id, to_tsvector(case when t.language = 'RU' then 'russian'::regconfig"
            + " else 'simple'::regconfig end,"
            + " case when p.post_number = 1 then t.title || ' ' else '' end || p.raw)"
            + " from post p join forum_thread t on t.id = p.thread_id");
        s.execute("create index bench_post_search_data_ix on bench_post_search_data"
            + " using gin (search_data)");
        s.execute("analyze bench_post_search_data");
      }
      c.commit();
      System.out.printf("postgresql: tsvector column and GIN index built in %.1f s%n",
          (System.nanoTime() - t1) / 1e9);
    }
  }

  static long single(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ---------------------------------------------------------------- queries -------------------
  /** One query: its Kenes form and its PostgreSQL tsquery (Discourse: prefix terms, AND). */
  record Query(String name, String kenes, String tsquery) {}

  static final List<Query> QUERIES = List.of(
      new Query("single term, kk", "жол", "жол:*"),
      new Query("single term, ru", "дорога", "дорога:*"),
      new Query("AND of two terms, kk", "мектеп жөндеу", "мектеп:* & жөндеу:*"),
      new Query("AND of two terms, ru", "ремонт школы", "ремонт:* & школы:*"),
      new Query("phrase, kk", "\"жолдарды жөндеу\"", "жолдарды <-> жөндеу"),
      new Query("Latin-script, kk", "auyl jol", "auyl:* & jol:*"));

  record Stats(double qps, double p50, double p99, long hits) {}

  /** Seconds of load over every query before the first is measured. */
  static final int WARM_UP_SECONDS = 20;

  static Stats run(int threads, int seconds, Callable<Long> once) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r);
      t.setDaemon(true); // a failed run must not keep the JVM alive
      return t;
    });
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      futures.add(pool.submit(() -> {
        long[] lat = new long[1 << 20];
        int n = 0;
        long hits = 0;
        while (System.nanoTime() < end && n < lat.length - 1) {
          long t = System.nanoTime();
          hits = once.call();
          lat[++n] = System.nanoTime() - t;
        }
        lat[0] = hits;
        long[] out = Arrays.copyOf(lat, n + 1);
        return out;
      }));
    }
    List<Long> all = new ArrayList<>();
    long hits = 0;
    for (Future<long[]> f : futures) {
      long[] lat = f.get();
      hits = lat[0];
      for (int i = 1; i < lat.length; i++) {
        all.add(lat[i]);
      }
    }
    pool.shutdown();
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    double p50 = sorted[(int) (sorted.length * 0.50)] / 1e6;
    double p99 = sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6;
    return new Stats(sorted.length / (double) seconds, p50, p99, hits);
  }

  /** One Kenes search over HTTP, returning the answer's total. */
  static Callable<Long> kenesCall(HttpClient http, String kenes, Query q) {
    String url = kenes + "/api/v1/search?q=" + URLEncoder.encode(q.kenes(), StandardCharsets.UTF_8);
    return () -> {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
          .header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("Kenes answered " + r.statusCode() + ": " + r.body());
      }
      String b = r.body();
      int i = b.indexOf("\"total\":") + 8;
      int j = i;
      while (j < b.length() && Character.isDigit(b.charAt(j))) {
        j++;
      }
      return Long.parseLong(b.substring(i, j));
    };
  }

  static void query(String jdbcUrl, String kenes, int seconds) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    int threads = 2;
    ThreadLocal<Connection> pg = ThreadLocal.withInitial(() -> {
      try {
        Connection c = DriverManager.getConnection(jdbcUrl);
        c.setReadOnly(true);
        return c;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    // Discourse: posts matching the tsquery, ranked with ts_rank_cd, first page of 50 results
    String sql = "select d.post_id, ts_rank_cd(d.search_data, q) as rank"
        + " from bench_post_search_data d,"
        + " (select to_tsquery('russian', ?) || to_tsquery('simple', ?) as q) query"
        + " where d.search_data @@ q order by rank desc limit 20";
    String sqlCount = "select count(*) from bench_post_search_data d,"
        + " (select to_tsquery('russian', ?) || to_tsquery('simple', ?) as q) query"
        + " where d.search_data @@ q";
    System.out.printf("| query | Kenes total | PG matches | Kenes QPS | Kenes p50 ms | Kenes p99 ms"
        + " | PG QPS | PG p50 ms | PG p99 ms | QPS ratio |%n");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    // WildFly compiles the search path (JIT) under the first load: all queries in turn for
    // WARM_UP_SECONDS first, so that the first query measured does not pay for it alone
    List<Callable<Long>> every = QUERIES.stream().map(q -> kenesCall(http, kenes, q)).toList();
    AtomicInteger turn = new AtomicInteger();
    run(threads, WARM_UP_SECONDS, () -> every.get(turn.getAndIncrement() % every.size()).call());
    for (Query q : QUERIES) {
      Callable<Long> kenesOnce = kenesCall(http, kenes, q);
      Callable<Long> pgOnce = () -> {
        try (PreparedStatement ps = pg.get().prepareStatement(sql)) {
          ps.setString(1, q.tsquery());
          ps.setString(2, q.tsquery());
          long n = 0;
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              n++;
            }
          }
          return n;
        }
      };
      long pgMatches;
      try (PreparedStatement ps = pg.get().prepareStatement(sqlCount)) {
        ps.setString(1, q.tsquery());
        ps.setString(2, q.tsquery());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          pgMatches = rs.getLong(1);
        }
      }
      run(threads, 3, kenesOnce); // warm-up
      Stats k = run(threads, seconds, kenesOnce);
      run(threads, 2, pgOnce);
      Stats p = run(threads, seconds, pgOnce);
      System.out.printf(Locale.ROOT,
          "| %s: `%s` / `%s` | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f× |%n",
          q.name(), q.kenes().replace("|", "\\|"), q.tsquery(), k.hits(), pgMatches, k.qps(),
          k.p50(), k.p99(), p.qps(), p.p50(), p.p99(), k.qps() / p.qps());
    }
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "load" -> load(args[1], Integer.parseInt(args[2]));
      case "query" -> query(args[1], args[2], Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }
}
