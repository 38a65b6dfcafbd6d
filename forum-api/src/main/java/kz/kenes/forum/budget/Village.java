package kz.kenes.forum.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A village a budget covers, with its population (for turnout). */
@Embeddable
public record Village(
    @Column(name = "name", nullable = false) String name,
    @Column(name = "population", nullable = false) int population) {
  public Village {
    Objects.requireNonNull(name, "name");
    if (population < 0) {
      throw new IllegalArgumentException("population");
    }
  }
}
