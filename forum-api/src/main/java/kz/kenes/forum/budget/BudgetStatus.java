package kz.kenes.forum.budget;

import java.util.EnumSet;
import java.util.Set;

/**
 * The phases of a participatory budget, in the one order they run: each phase may only move on to
 * the next one. {@link #allows} is the whole state machine.
 */
public enum BudgetStatus {
  /** Being prepared by officials; residents do not see a form yet. */
  DRAFT,
  /** Residents submit projects. */
  PROPOSALS,
  /** Officials mark each project feasible (with the akimat's cost) or rejected (with a reason). */
  REVIEW,
  /** Residents vote online, operators enter paper ballots; a ballot may be changed. */
  VOTING,
  /** Voting is over; the results are public. */
  RESULTS,
  /** The funded projects are carried out and reported on. */
  IMPLEMENTATION,
  /** Done. */
  CLOSED;

  /** The phases this one may move to: only the next one. */
  public Set<BudgetStatus> next() {
    BudgetStatus[] all = values();
    return ordinal() + 1 < all.length
        ? EnumSet.of(all[ordinal() + 1])
        : EnumSet.noneOf(BudgetStatus.class);
  }

  public boolean allows(BudgetStatus to) {
    return next().contains(to);
  }

  /** Whether the results may be read: from {@link #RESULTS} on. */
  public boolean resultsPublic() {
    return compareTo(RESULTS) >= 0;
  }
}
