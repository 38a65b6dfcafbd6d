package kz.kenes.forum.budget;

import java.util.List;

/**
 * What an official submits to open a budget, as typed: checked by {@link BudgetService#create}.
 * {@code villages} are the names of the villages it covers; {@code populations}, optional, gives
 * each village's population by name (0 when unknown: turnout then shows no share).
 */
public record NewBudget(
    Integer year,
    Long amount,
    String rule,
    Integer maxProjects,
    Integer minShare,
    List<String> villages,
    java.util.Map<String, Integer> populations,
    String proposalsUntil,
    String votingUntil) {}
