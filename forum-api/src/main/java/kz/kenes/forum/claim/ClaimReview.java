package kz.kenes.forum.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.content.CookedText;
import kz.kenes.forum.member.Member;

/**
 * A confirmed information card: a body's official states what a rumour claims, the body's verdict,
 * an explanation and links to the evidence. The counter to fake news; public, signed by the
 * official with their position, and never changed once published. It can be attached to every
 * thread that repeats the rumour.
 */
@Entity
@Table(name = "claim_review")
public class ClaimReview {
  public static final int CLAIM_MIN = 5;
  public static final int CLAIM_MAX = 500;
  public static final int EXPLANATION_MIN = 2;
  public static final int EXPLANATION_MAX = 10_000;
  public static final int EVIDENCE_MAX = 10;
  public static final int URL_MAX = 500;

  /** Evidence links are stored in one column, one per line (a link never holds a line break). */
  private static final String SEPARATOR = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @Column(nullable = false, updatable = false)
  private String claim;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ClaimVerdict verdict;

  @Column(name = "explanation_raw", nullable = false, updatable = false)
  private String explanationRaw;

  @Column(name = "explanation_cooked", nullable = false)
  private String explanationCooked;

  @Column(name = "cook_version", nullable = false)
  private int cookVersion;

  @Column(updatable = false)
  private String evidence;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "official_id", updatable = false)
  private Member official;

  @Column(name = "official_position", updatable = false)
  private String officialPosition;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ClaimReview() {}

  ClaimReview(
      Body body,
      String claim,
      ClaimVerdict verdict,
      String explanationRaw,
      CookedText explanation,
      List<String> evidence,
      Member official,
      String officialPosition,
      Instant now) {
    if (evidence.size() > EVIDENCE_MAX || !evidence.stream().allMatch(ClaimReview::isEvidenceUrl)) {
      throw new IllegalArgumentException("evidence is at most 10 http(s) links");
    }
    this.body = Objects.requireNonNull(body);
    this.claim = Objects.requireNonNull(claim);
    this.verdict = Objects.requireNonNull(verdict);
    this.explanationRaw = Objects.requireNonNull(explanationRaw);
    this.explanationCooked = explanation.html();
    this.cookVersion = explanation.cookVersion();
    this.evidence = evidence.isEmpty() ? null : String.join(SEPARATOR, evidence);
    this.official = Objects.requireNonNull(official);
    this.officialPosition = officialPosition;
    this.createdAt = Objects.requireNonNull(now);
  }

  /**
   * True for an absolute http or https URL with a host, without user info, spaces or control
   * characters, of at most {@link #URL_MAX} characters: the only links a card may cite.
   */
  public static boolean isEvidenceUrl(String url) {
    if (url == null || url.isEmpty() || url.length() > URL_MAX) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null
          || !List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))
          || uri.isOpaque()) {
        return false;
      }
      String authority = uri.getRawAuthority();
      if (authority == null || authority.isEmpty() || authority.contains("@")) {
        return false;
      }
      if (uri.getHost() != null && !uri.getHost().isEmpty()) {
        return true;
      }
      // a host in another script (e.g. .қаз) is registry-based for java.net.URI: check its IDNA
      // form
      String ascii = IDN.toASCII(authority, IDN.USE_STD3_ASCII_RULES);
      String host = new URI("http://" + ascii).getHost();
      return host != null && !host.isEmpty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Shows this card on a thread that repeats the rumour. */
  ThreadClaimReview attachTo(long threadId, String by, Instant now) {
    return new ThreadClaimReview(new ThreadClaimReviewId(threadId, id), by, now);
  }

  public Long id() {
    return id;
  }

  public Body body() {
    return body;
  }

  /** The rumour as stated, plain text. */
  public String claim() {
    return claim;
  }

  public ClaimVerdict verdict() {
    return verdict;
  }

  /** The official's Markdown. */
  public String explanationRaw() {
    return explanationRaw;
  }

  /** The explanation's cooked, sanitized HTML: the only form pages and the API show. */
  public String explanationCooked() {
    return explanationCooked;
  }

  public int cookVersion() {
    return cookVersion;
  }

  /** The evidence links in the order given, possibly none. */
  public List<String> evidence() {
    return evidence == null || evidence.isEmpty() ? List.of() : List.of(evidence.split(SEPARATOR));
  }

  public Member official() {
    return official;
  }

  /** The official's position in the body they serve, or null when none was recorded. */
  public String officialPosition() {
    return officialPosition;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
