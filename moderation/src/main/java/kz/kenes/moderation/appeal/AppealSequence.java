package kz.kenes.moderation.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The last registration number given by a body in a year. Registration locks the row
 * (pessimistically) and takes the next value in the same transaction as the appeal, so the numbers
 * are unique and have no gaps: a rolled-back registration gives its number back.
 */
@Entity
@Table(name = "appeal_sequence")
public class AppealSequence {
  @EmbeddedId private Key key;

  @Column(name = "last_value", nullable = false)
  private long lastValue;

  protected AppealSequence() {}

  AppealSequence(long bodyId, int year) {
    this.key = new Key(bodyId, year);
  }

  long next() {
    return ++lastValue;
  }

  /** Body and year. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "body_id")
    private long bodyId;

    @Column(name = "reg_year")
    private int year;

    protected Key() {}

    Key(long bodyId, int year) {
      this.bodyId = bodyId;
      this.year = year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.bodyId == bodyId && k.year == year;
    }

    @Override
    public int hashCode() {
      return Objects.hash(bodyId, year);
    }
  }
}
