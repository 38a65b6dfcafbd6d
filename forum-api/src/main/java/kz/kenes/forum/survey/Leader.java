package kz.kenes.forum.survey;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.platform.LocalizedText;

/**
 * A named leader of a body whom residents rate each year: the akim, a deputy. A leader who leaves
 * is made inactive (not rated again) and keeps the ratings of past years.
 */
@Entity
@Table(name = "leader")
public class Leader {
  public static final int NAME_MAX = 200;
  public static final int POSITION_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "kk", column = @Column(name = "position_kk")),
    @AttributeOverride(name = "ru", column = @Column(name = "position_ru")),
    @AttributeOverride(name = "en", column = @Column(name = "position_en"))
  })
  private LocalizedText position;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  protected Leader() {}

  Leader(Body body, String fullName, LocalizedText position, int sortOrder) {
    this.body = Objects.requireNonNull(body);
    this.fullName = Objects.requireNonNull(fullName);
    this.position = Objects.requireNonNull(position);
    this.sortOrder = sortOrder;
    this.active = true;
  }

  void change(String fullName, LocalizedText position, boolean active) {
    this.fullName = Objects.requireNonNull(fullName);
    this.position = Objects.requireNonNull(position);
    this.active = active;
  }

  public Long id() {
    return id;
  }

  public Body body() {
    return body;
  }

  public String fullName() {
    return fullName;
  }

  public LocalizedText position() {
    return position;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }
}
