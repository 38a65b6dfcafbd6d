/*
 * Search benchmark of Kenes against PostgreSQL full-text search done the way Discourse does it.
 * Run by deploy/bench/search (which starts PostgreSQL and a Kenes server on shifted ports);
 * single-file Java program with the PostgreSQL JDBC driver on the class path.
 *
 * The corpus generator is search's kz.kenes.search.corpus.RealisticCorpus (test classes):
 *
 *   java -cp postgresql.jar:search/target/test-classes -Dcorpus.dir=deploy/bench/corpus \
 *     SearchBench.java load  <jdbcUrl> <posts>
 *   java -cp … SearchBench.java query <jdbcUrl> <kenesBaseUrl> <seconds per class>
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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import kz.kenes.search.corpus.RealisticCorpus;
import org.postgresql.copy.CopyManager;

public class SearchBench {

  // ---------------------------------------------------------------- corpus --------------------
  // The realistic corpus of issue 17: kz.kenes.search.corpus.RealisticCorpus (search's test
  // classes, on the class path) over the stem lists of deploy/bench/corpus.
  static RealisticCorpus corpus() throws IOException {
    return RealisticCorpus.load(Path.of(System.getProperty("corpus.dir", "deploy/bench/corpus")),
        RealisticCorpus.SEED);
  }

  /** Posts of the corpus sampled to choose the queries by frequency band. */
  static final int QUERY_SAMPLE_POSTS = 100_000;

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
      String[] types = {"PROPOSAL", "QUESTION", "COMPLAINT", "DISCUSSION"};
      String[] categories = {"ROADS", "WATER_SUPPLY", "LIGHTING", "EDUCATION", "HEALTH", "OTHER"};
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      StringBuilder tb = new StringBuilder();
      StringBuilder pb = new StringBuilder();
      String now = "2026-11-01 10:00:00+00";
      long threads = 0;
      long written = 0;
      Iterator<RealisticCorpus.GeneratedThread> it = corpus().threads(posts - existing);
      while (it.hasNext()) {
        RealisticCorpus.GeneratedThread g = it.next();
        long threadId = firstThread + g.index();
        boolean kk = g.language() == RealisticCorpus.Language.KK;
        String title = g.title().substring(0, Math.min(g.title().length(), 80));
        tb.append(threadId).append('\t').append(bodyIds.get(r.nextInt(bodyIds.size())))
            .append('\t').append(types[r.nextInt(types.length)]).append('\t')
            .append(categories[r.nextInt(categories.length)]).append('\t')
            .append(escapeCopy(title)).append("\tOPEN\t").append(kk ? "KK" : "RU").append('\t')
            .append(member).append('\t').append(now).append('\t').append(now).append('\t')
            .append(g.posts().size()).append('\n');
        int n = 0;
        for (String text : g.posts()) {
          pb.append(threadId).append('\t').append(++n).append('\t').append(member).append('\t')
              .append(escapeCopy(text)).append('\t').append(escapeCopy(html(text)))
              .append("\t1\t").append(now).append('\n');
        }
        threads++;
        written += n;
        if (pb.length() > 8_000_000 || !it.hasNext()) {
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
      System.out.printf("corpus: %d threads, %d posts loaded in %.1f s%n", threads, written,
          (System.nanoTime() - t0) / 1e9);

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
  record Stats(double qps, double p50, double p95, double p99, long hits) {}

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
    double p95 = sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.95))] / 1e6;
    double p99 = sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6;
    return new Stats(sorted.length / (double) seconds, p50, p95, p99, hits);
  }

  /** One Kenes search over HTTP, returning the answer's total. */
  static Callable<Long> kenesCall(HttpClient http, String kenes, RealisticCorpus.BenchQuery q) {
    String url = kenes + "/api/v1/search?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8);
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

  /** Runs the queries in turn, each call the next one. */
  static Callable<Long> rotation(List<Callable<Long>> calls) {
    AtomicInteger turn = new AtomicInteger();
    return () -> calls.get(Math.floorMod(turn.getAndIncrement(), calls.size())).call();
  }

  static Callable<Long> pgCall(ThreadLocal<Connection> pg, String sql, String tsquery) {
    return () -> {
      try (PreparedStatement ps = pg.get().prepareStatement(sql)) {
        ps.setString(1, tsquery);
        ps.setString(2, tsquery);
        long n = 0;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            n++;
          }
        }
        return n;
      }
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
    // Discourse: posts matching the tsquery, ranked with ts_rank_cd, first page of 20 results;
    // and the same without ranking (any 20 matches: the cheapest a database can answer)
    String from = " from bench_post_search_data d,"
        + " (select to_tsquery('russian', ?) || to_tsquery('simple', ?) as q) query"
        + " where d.search_data @@ q";
    String ranked = "select d.post_id, ts_rank_cd(d.search_data, q) as rank" + from
        + " order by rank desc limit 20";
    String unranked = "select d.post_id" + from + " limit 20";
    String count = "select count(*)" + from;
    List<RealisticCorpus.BenchQuery> queries = corpus().queries(QUERY_SAMPLE_POSTS);
    System.out.printf("%d queries chosen by frequency band from the first %d posts%n%n",
        queries.size(), QUERY_SAMPLE_POSTS);
    System.out.println("| class | query | Kenes total | PostgreSQL matches |");
    System.out.println("|---|---|---:|---:|");
    for (RealisticCorpus.BenchQuery q : queries) {
      long total = kenesCall(http, kenes, q).call();
      long matches;
      try (PreparedStatement ps = pg.get().prepareStatement(count)) {
        ps.setString(1, q.tsquery());
        ps.setString(2, q.tsquery());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          matches = rs.getLong(1);
        }
      }
      System.out.printf(Locale.ROOT, "| %s | `%s` | %d | %d |%n", q.queryClass(), q.text(), total,
          matches);
    }
    // WildFly compiles the search path (JIT) under the first load: all queries in turn for
    // WARM_UP_SECONDS first, so that the first class measured does not pay for it alone
    List<Callable<Long>> every = queries.stream().map(q -> kenesCall(http, kenes, q)).toList();
    run(threads, WARM_UP_SECONDS, rotation(every));
    Map<String, List<RealisticCorpus.BenchQuery>> byClass = new LinkedHashMap<>();
    queries.forEach(q -> byClass.computeIfAbsent(q.queryClass(), k -> new ArrayList<>()).add(q));
    System.out.printf("%n%d client threads, %d s per class and system, queries of a class in turn"
        + "%n%n", threads, seconds);
    System.out.println("| class (queries) | Kenes QPS | p50 ms | p95 ms | p99 ms"
        + " | PG unranked QPS | p50 ms | p99 ms | PG ranked QPS | p50 ms | p99 ms"
        + " | Kenes / PG unranked |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (var e : byClass.entrySet()) {
      Callable<Long> k = rotation(e.getValue().stream().map(q -> kenesCall(http, kenes, q)).toList());
      Callable<Long> u = rotation(e.getValue().stream()
          .map(q -> pgCall(pg, unranked, q.tsquery())).toList());
      Callable<Long> rk = rotation(e.getValue().stream()
          .map(q -> pgCall(pg, ranked, q.tsquery())).toList());
      Stats ks = run(threads, seconds, k);
      Stats us = run(threads, seconds, u);
      Stats rs = run(threads, seconds, rk);
      System.out.printf(Locale.ROOT,
          "| %s (%d) | %.0f | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.0f | %.0f | %.1f× |%n",
          e.getKey(), e.getValue().size(), ks.qps(), ks.p50(), ks.p95(), ks.p99(), us.qps(),
          us.p50(), us.p99(), rs.qps(), rs.p50(), rs.p99(), ks.qps() / us.qps());
    }
    Stats all = run(threads, seconds * 3, rotation(every));
    Stats allPg = run(threads, seconds * 3, rotation(queries.stream()
        .map(q -> pgCall(pg, unranked, q.tsquery())).toList()));
    System.out.printf(Locale.ROOT,
        "| **whole mix** (%d) | %.0f | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | | | | %.1f× |%n",
        queries.size(), all.qps(), all.p50(), all.p95(), all.p99(), allPg.qps(), allPg.p50(),
        allPg.p99(), all.qps() / allPg.qps());
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "load" -> load(args[1], Integer.parseInt(args[2]));
      case "query" -> query(args[1], args[2], Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }
}
