package kz.kenes.forum.budget;

import java.util.List;

/** A budget as anyone sees it: its projects (in submission order) and its phase history. */
public record BudgetDetails(
    Budget budget, List<BudgetProject> projects, List<BudgetTransition> history) {}
