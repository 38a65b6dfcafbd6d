package kz.kenes.forum.body;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.kenes.forum.platform.LocalizedText;

/** A state body with an official community page: an akimat, a maslikhat or a department. */
@Entity
@Table(name = "body")
public class Body {
  public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  public static final int DEFAULT_SUPPORT_THRESHOLD = 25;
  public static final int DEFAULT_RESPONSE_DAYS = 10;
  public static final int DEFAULT_FLAG_THRESHOLD = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String slug;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
    @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private LocalizedText name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BodyKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BodyLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Body parent;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "kk", column = @Column(name = "description_kk")),
    @AttributeOverride(name = "ru", column = @Column(name = "description_ru")),
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
  })
  private LocalizedText description;

  /** Supports a proposal needs before it awaits an official response. */
  @Column(name = "support_threshold", nullable = false)
  private int supportThreshold = DEFAULT_SUPPORT_THRESHOLD;

  /** Days the body gives itself to respond to a proposal that reached the threshold. */
  @Column(name = "response_days", nullable = false)
  private int responseDays = DEFAULT_RESPONSE_DAYS;

  /** The weighted flag score at which a post of this body is hidden pending review. */
  @Column(name = "flag_threshold", nullable = false)
  private int flagThreshold = DEFAULT_FLAG_THRESHOLD;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Body() {}

  public Body(
      String slug, LocalizedText name, BodyKind kind, BodyLevel level, Body parent, Instant now) {
    if (!SLUG.matcher(Objects.requireNonNull(slug, "slug")).matches() || slug.length() > 80) {
      throw new IllegalArgumentException("a slug is lower-case letters, digits and dashes");
    }
    this.slug = slug;
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.level = Objects.requireNonNull(level, "level");
    this.parent = parent;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public LocalizedText name() {
    return name;
  }

  public BodyKind kind() {
    return kind;
  }

  public BodyLevel level() {
    return level;
  }

  public Optional<Body> parent() {
    return Optional.ofNullable(parent);
  }

  /** True when this body is {@code other} or lies beneath it in the hierarchy. */
  public boolean isWithin(Body other) {
    // accessors, not fields: a parent may be a lazy proxy whose fields are empty
    for (Body b = this; b != null; b = b.parent().orElse(null)) {
      if (Objects.equals(b.id(), other.id())) {
        return true;
      }
    }
    return false;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<LocalizedText> description() {
    return Optional.ofNullable(description);
  }

  public int supportThreshold() {
    return supportThreshold;
  }

  public int flagThreshold() {
    return flagThreshold;
  }

  public int responseDays() {
    return responseDays;
  }

  /** Sets what the body's page says about it and how it treats proposals. */
  public void configure(
      LocalizedText newDescription, int newSupportThreshold, int newResponseDays) {
    if (newSupportThreshold < 1 || newSupportThreshold > 100_000) {
      throw new IllegalArgumentException("support threshold out of range");
    }
    if (newResponseDays < 1 || newResponseDays > 90) {
      throw new IllegalArgumentException("response days out of range");
    }
    this.description = newDescription;
    this.supportThreshold = newSupportThreshold;
    this.responseDays = newResponseDays;
  }
}
