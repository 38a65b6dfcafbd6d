package kz.kenes.forum.survey;

import java.util.Set;

/**
 * A survey's life cycle: it is published {@code OPEN} (answers are taken from {@code opensAt} to
 * {@code closesAt}) and ends {@code CLOSED}, by staff or when {@code closesAt} passes. Results are
 * shown only when it is closed, so a closed survey never opens again.
 */
public enum SurveyStatus {
  OPEN,
  CLOSED;

  /** The states this one may move to. */
  public Set<SurveyStatus> next() {
    return switch (this) {
      case OPEN -> Set.of(CLOSED);
      case CLOSED -> Set.of();
    };
  }

  public boolean canMoveTo(SurveyStatus to) {
    return next().contains(to);
  }
}
