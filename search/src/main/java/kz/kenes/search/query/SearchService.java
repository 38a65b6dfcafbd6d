package kz.kenes.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.claim.ClaimReview;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.platform.Validation;
import kz.kenes.forum.thread.Category;
import kz.kenes.forum.thread.OfficialAnswer;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.Thread;
import kz.kenes.forum.thread.ThreadStatus;
import kz.kenes.forum.thread.ThreadType;
import kz.kenes.search.index.DocumentKind;
import kz.kenes.search.index.IndexFields;
import kz.kenes.search.index.SearchIndexAdmin;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Full-text search over threads, posts, official answers and confirmed-information cards, with
 * filters by body, category, type and status and facets for each. Reads only the index (titles and
 * snippets are stored in it), never entities, so a search costs no database query beyond the
 * (cached) body names.
 */
@ApplicationScoped
public class SearchService {
  public static final int PAGE_SIZE = 20;
  public static final int MAX_PAGE = 50;
  public static final int QUERY_MAX = 200;
  public static final int SIMILAR_MAX = 5;

  /** How much an official answer or a confirmed card adds to the score of the same match. */
  static final float AUTHORITATIVE_BOOST = 3f;

  static final List<Class<?>> TYPES =
      List.of(
          Thread.class,
          Post.class,
          OfficialAnswer.class,
          ClaimReview.class,
          kz.kenes.forum.thread.ThreadAppeal.class);

  private static final AggregationKey<Map<String, Long>> FACETS = AggregationKey.of("facets");

  /**
   * Matches the page of hits counts one by one; beyond, Lucene skips the blocks of documents that
   * cannot reach the page (block-max WAND) and the total is counted on a sample.
   */
  static final int HITS_COUNTED = 1_000;

  /**
   * Matches in a sample from which its estimate is used (about ±3 % on the total); a query whose
   * 1-in-{@value IndexFields#SAMPLE_RATE} sample holds fewer (about {@value #EXACT_UP_TO} matches
   * or fewer) is counted exactly.
   */
  static final int SAMPLE_ENOUGH = 1_000;

  /** About the most matches a query can have and still be counted exactly. */
  public static final int EXACT_UP_TO = SAMPLE_ENOUGH * IndexFields.SAMPLE_RATE;

  /** Bodies shown in the body facet at most. */
  private static final int FACET_MAX = 30;

  /** Values counted at most: every body, category, type and status there is. */
  private static final int FACET_VALUES = 100_000;

  @PersistenceContext EntityManager em;
  @Inject BodyRepository bodies;
  @Inject SearchIndexAdmin admin;

  /** The full-text fields a search reads, with their boosts: a title counts twice. */
  static final Map<String, Float> TEXT_FIELDS =
      Map.of(
          "title_kk", 2f,
          "title_ru", 2f,
          "title_en", 2f,
          "text_kk", 1f,
          "text_ru", 1f,
          "text_en", 1f);

  private final Snippets snippets = new Snippets();

  /** The Lucene search analyzer, empty with OpenSearch; null until looked up. */
  private volatile Optional<Analyzer> searchAnalyzer;

  private volatile Map<String, LocalizedText> bodyNames = Map.of();
  private volatile Instant bodyNamesAt = Instant.EPOCH;

  /** A checked search: 400 with the fields at fault when the request is not one. */
  public SearchResults search(SearchRequest request) {
    Validation v = new Validation();
    String q = v.requireText("q", request.q(), 1, QUERY_MAX);
    String body = blankToNull(request.body());
    if (body != null && !knownBody(body)) {
      v.reject("body", "validation.unknown-value");
    }
    Optional<Category> category = v.optionalEnum("category", request.category(), Category.class);
    Optional<ThreadType> type = v.optionalEnum("type", request.type(), ThreadType.class);
    Optional<ThreadStatus> status = v.optionalEnum("status", request.status(), ThreadStatus.class);
    int page = 1;
    if (request.page() != null && !request.page().isBlank()) {
      try {
        page = Integer.parseInt(request.page().strip());
        if (page < 1 || page > MAX_PAGE) {
          v.reject("page", "validation.range");
        }
      } catch (NumberFormatException e) {
        v.reject("page", "validation.range");
      }
    }
    v.throwIfInvalid();
    admin.requireAnswering();
    try {
      return run(q, body, category, type, status, page);
    } catch (org.hibernate.search.util.common.SearchException failure) {
      throw unavailableIfUnreachable(failure);
    }
  }

  /**
   * OpenSearch down (or timing out) is "not now", 503 with {@code Retry-After}, not a server error;
   * any other failure stays what it is.
   */
  private static RuntimeException unavailableIfUnreachable(RuntimeException failure) {
    if (SearchUnavailable.unreachable(failure)) {
      kz.kenes.search.SearchLog.LOG.indexUnreachable(
          kz.kenes.forum.platform.LogText.types(failure));
      return new SearchUnavailable();
    }
    return failure;
  }

  private SearchResults run(
      String q,
      String body,
      Optional<Category> category,
      Optional<ThreadType> type,
      Optional<ThreadStatus> status,
      int page) {
    SearchSession session = Search.session(em);
    Function<SearchPredicateFactory, PredicateFinalStep> where =
        f -> {
          var bool = f.bool().must(text(f, q));
          bool.should(
              f.match()
                  .field("kind")
                  .matching(DocumentKind.OFFICIAL_ANSWER.name())
                  .constantScore()
                  .boost(AUTHORITATIVE_BOOST));
          bool.should(
              f.match()
                  .field("kind")
                  .matching(DocumentKind.CLAIM_REVIEW.name())
                  .constantScore()
                  .boost(AUTHORITATIVE_BOOST));
          if (body != null) {
            bool.filter(f.match().field("body").matching(body));
          }
          category.ifPresent(c -> bool.filter(f.match().field("category").matching(c.name())));
          type.ifPresent(t -> bool.filter(f.match().field("type").matching(t.name())));
          status.ifPresent(s -> bool.filter(f.match().field("status").matching(s.name())));
          return bool;
        };
    // The page of hits: Lucene may skip documents that cannot reach the top (block-max WAND) once
    // HITS_COUNTED matches are counted, so a query matching half the corpus stays cheap.
    SearchResult<List<?>> result =
        session
            .search(TYPES)
            .select(
                f ->
                    f.composite()
                        .from(
                            f.field("kind", String.class),
                            f.id(Long.class),
                            f.field("threadId", Long.class),
                            f.field("title", String.class),
                            f.field("text", String.class),
                            f.field("body", String.class),
                            f.score(),
                            f.field("anchor", String.class))
                        .asList())
            .where(where::apply)
            .totalHitCountThreshold(HITS_COUNTED)
            .fetch((page - 1) * PAGE_SIZE, PAGE_SIZE);
    // The total and the facets: exact when the matches are few; beyond, counted on the documents
    // of one sample bucket and scaled, and marked approximate.
    Counted counted =
        result.total().isHitCountExact() ? count(session, where, null, 1) : sampled(session, where);
    boolean exact = counted.scale() == 1;
    long total =
        exact ? counted.total() : Math.max(result.total().hitCountLowerBound(), counted.total());
    Map<String, Long> counts = counted.facets();

    Snippets.QueryTerms terms = snippets.terms(q);
    List<SearchResults.Hit> hits = new ArrayList<>(result.hits().size());
    for (List<?> row : result.hits()) {
      DocumentKind kind = DocumentKind.valueOf((String) row.get(0));
      long id = (Long) row.get(1);
      Long threadId = (Long) row.get(2);
      String title = (String) row.get(3);
      String text = (String) row.get(4);
      boolean titleOnly = text == null || text.isEmpty();
      String snippet = snippets.snippet(titleOnly ? title : text, terms);
      String bodySlug = (String) row.get(5);
      String anchor = (String) row.get(7);
      hits.add(
          new SearchResults.Hit(
              kind, id, threadId, title, snippet, bodySlug, (Float) row.get(6), anchor, null));
    }
    Map<String, LocalizedText> names = bodyNames();
    var facets =
        new SearchResults.Facets(
            buckets(counts, "body").stream()
                .limit(FACET_MAX)
                .map(b -> new SearchResults.BodyBucket(b.value(), names.get(b.value()), b.count()))
                .toList(),
            buckets(counts, "category"),
            buckets(counts, "type"),
            buckets(counts, "status"));
    return new SearchResults(total, !exact, page, PAGE_SIZE, hits, facets);
  }

  /** A total and facet counts, scaled up when counted on a sample (scale 1: exact). */
  private record Counted(long sampled, long scale, Map<String, Long> facets) {
    long total() {
      return sampled * scale;
    }
  }

  /**
   * The total and facets of a query with more than {@link #HITS_COUNTED} matches: estimated from
   * the fine sample (1 in {@value IndexFields#FINE_SAMPLE_RATE}) when it holds at least {@value
   * #SAMPLE_ENOUGH} matches (a word in half the posts walks 64 times fewer documents than a full
   * count would), else from the coarse one (1 in {@value IndexFields#SAMPLE_RATE}) on the same
   * condition, else counted exactly (then there are about {@value #EXACT_UP_TO} matches or fewer).
   */
  private Counted sampled(
      SearchSession session, Function<SearchPredicateFactory, PredicateFinalStep> where) {
    Counted fine = count(session, where, IndexFields.FINE_SAMPLE, IndexFields.FINE_SAMPLE_RATE);
    if (fine.sampled() >= SAMPLE_ENOUGH) {
      return fine;
    }
    Counted coarse = count(session, where, IndexFields.SAMPLE, IndexFields.SAMPLE_RATE);
    return coarse.sampled() >= SAMPLE_ENOUGH ? coarse : count(session, where, null, 1);
  }

  /**
   * Counts the matches in bucket 0 of {@code sampleField} (all of them when null) and their facets
   * (each {@link IndexFields#FACET} key split into its parts), scaled.
   */
  private Counted count(
      SearchSession session,
      Function<SearchPredicateFactory, PredicateFinalStep> where,
      String sampleField,
      long scale) {
    SearchResult<?> result =
        session
            .search(TYPES)
            .where(
                f ->
                    sampleField == null
                        ? where.apply(f)
                        : f.bool()
                            .must(where.apply(f))
                            .filter(f.match().field(sampleField).matching("0")))
            .aggregation(
                FACETS,
                f -> f.terms().field(IndexFields.FACET, String.class).maxTermCount(FACET_VALUES))
            .fetch(0);
    Map<String, Long> facets = new HashMap<>();
    result.aggregation(FACETS).forEach((key, n) -> countFacets(facets, key, n * scale));
    return new Counted(result.total().hitCount(), scale, facets);
  }

  /** Adds {@code n} matches of one {@link IndexFields#FACET} key to each of its facets' counts. */
  static void countFacets(Map<String, Long> facets, String key, long n) {
    for (String part : IndexFields.facetParts(key)) {
      facets.merge(part, n, Long::sum);
    }
  }

  /**
   * Up to {@value #SIMILAR_MAX} threads of the body whose title resembles {@code title}, best
   * first; none for a title shorter than 3 characters or an unknown body.
   */
  public List<SimilarThread> similar(String bodySlug, String title) {
    String t = title == null ? "" : title.strip();
    if (t.length() < 3 || bodySlug == null || !knownBody(bodySlug)) {
      return List.of();
    }
    if (t.length() > QUERY_MAX) {
      t = t.substring(0, QUERY_MAX);
    }
    admin.requireAnswering();
    try {
      return similarTitles(bodySlug, t);
    } catch (org.hibernate.search.util.common.SearchException failure) {
      throw unavailableIfUnreachable(failure);
    }
  }

  private List<SimilarThread> similarTitles(String bodySlug, String text) {
    return Search.session(em)
        .search(Thread.class)
        .select(
            f ->
                f.composite()
                    .from(
                        f.id(Long.class),
                        f.field("title", String.class),
                        f.field("status", String.class),
                        f.score())
                    .asList())
        .where(
            f ->
                f.bool()
                    .must(
                        f.match()
                            .fields(
                                "title_" + Language.KK.tag(),
                                "title_" + Language.RU.tag(),
                                "title_" + Language.EN.tag())
                            .matching(text))
                    .filter(f.match().field("body").matching(bodySlug)))
        .fetchHits(SIMILAR_MAX)
        .stream()
        .map(
            row ->
                new SimilarThread(
                    (Long) row.get(0),
                    (String) row.get(1),
                    (String) row.get(2),
                    (Float) row.get(3)))
        .toList();
  }

  /**
   * The words of {@code q} in the full-text fields, every word required: with the embedded Lucene
   * backend as Kenes builds the Lucene query ({@link TextQuery}), with OpenSearch as its simple
   * query string.
   */
  private PredicateFinalStep text(SearchPredicateFactory f, String q) {
    Optional<Analyzer> analyzer = luceneSearchAnalyzer();
    if (analyzer.isPresent()) {
      return f.extension(LuceneExtension.get())
          .fromLuceneQuery(TextQuery.parse(analyzer.get(), TEXT_FIELDS, q));
    }
    SimpleQueryStringPredicateFieldStep<?> fields = f.simpleQueryString();
    SimpleQueryStringPredicateFieldMoreStep<?, ?> step = null;
    for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
      step =
          (step == null ? fields.field(field.getKey()) : step.field(field.getKey()))
              .boost(field.getValue());
    }
    return step.matching(q).defaultOperator(BooleanOperator.AND);
  }

  /**
   * The search analyzers of the embedded Lucene indexes by field (every index declares the same
   * fields), or none with the OpenSearch backend.
   */
  private Optional<Analyzer> luceneSearchAnalyzer() {
    Optional<Analyzer> analyzer = searchAnalyzer;
    if (analyzer == null) {
      var index =
          Search.mapping(em.getEntityManagerFactory()).indexedEntity(Post.class).indexManager();
      analyzer =
          index instanceof LuceneIndexManager lucene
              ? Optional.of(lucene.searchAnalyzer())
              : Optional.empty();
      searchAnalyzer = analyzer;
    }
    return analyzer;
  }

  /** The buckets of one facet, most frequent first, then by value. */
  static List<SearchResults.Bucket> buckets(Map<String, Long> counts, String facet) {
    String prefix = facet + ":";
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .map(e -> new SearchResults.Bucket(e.getKey().substring(prefix.length()), e.getValue()))
        .sorted(
            Comparator.comparingLong(SearchResults.Bucket::count)
                .reversed()
                .thenComparing(SearchResults.Bucket::value))
        .toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private boolean knownBody(String slug) {
    if (bodyNames().containsKey(slug)) {
      return true;
    }
    bodyNamesAt = Instant.EPOCH; // a body added in the last minute
    return bodyNames().containsKey(slug);
  }

  /** Body names by slug, read again at most once a minute (bodies are rarely added). */
  Map<String, LocalizedText> bodyNames() {
    Instant now = Instant.now();
    if (Duration.between(bodyNamesAt, now).compareTo(Duration.ofMinutes(1)) > 0) {
      bodyNames =
          bodies.all().stream().collect(Collectors.toMap(Body::slug, Body::name, (a, b) -> a));
      bodyNamesAt = now;
    }
    return bodyNames;
  }
}
