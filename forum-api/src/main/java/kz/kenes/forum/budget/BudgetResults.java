package kz.kenes.forum.budget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The count of a budget, from plain values: feasible projects with the akimat's cost, and each
 * ballot as the set of project ids it chose (online and paper alike, one per person).
 *
 * <p><b>By votes (the rule that decides).</b> Projects are ranked by votes (ties: the cheaper
 * first, then the earlier submitted, i.e. the smaller id) and funded in that order while the money
 * lasts; a project that no longer fits is skipped and the next one that fits is funded (Consul
 * Democracy's rule). A project nobody voted for is not funded.
 *
 * <p><b>Method of Equal Shares (for comparison).</b> The amount is split equally among the {@code
 * n} voters. Repeatedly, for every project not yet funded whose supporters still hold together at
 * least its cost, find the smallest per-supporter payment {@code ρ} such that the supporters, each
 * paying {@code min(their money left, ρ)}, cover the cost; fund the project with the smallest
 * {@code ρ} (ties as above: more votes, cheaper, smaller id) and take the payments. Stop when no
 * project is affordable. This is MES for approval ballots (each funded project is worth 1 to each
 * supporter) without a completion step: money left over stays unspent, and the page says so.
 */
public final class BudgetResults {
  private BudgetResults() {}

  /** A feasible project: its id and the akimat's cost. */
  public record Candidate(long id, long cost) {}

  /** One project's line of the count. */
  public record Line(
      long id, long cost, int votes, int rank, boolean funded, boolean fundedByEqualShares) {}

  /** The count: lines in rank order, and the money each method spends. */
  public record Count(
      List<Line> lines, int ballots, long amount, long spentByVotes, long spentByEqualShares) {
    public List<Long> funded() {
      return lines.stream().filter(Line::funded).map(Line::id).toList();
    }

    public List<Long> fundedByEqualShares() {
      return lines.stream().filter(Line::fundedByEqualShares).map(Line::id).toList();
    }
  }

  /** Counts {@code ballots} (each a collection of chosen project ids) for {@code amount}. */
  public static Count count(
      long amount, List<Candidate> candidates, List<? extends java.util.Collection<Long>> ballots) {
    Objects.requireNonNull(candidates, "candidates");
    int m = candidates.size();
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < m; i++) {
      index.put(candidates.get(i).id(), i);
    }
    int[] votes = new int[m];
    int[][] supporters = supporters(m, index, ballots, votes);

    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Comparator<Integer> byRank = rankOrder(candidates, votes);
    Arrays.sort(order, byRank);

    boolean[] funded = new boolean[m];
    long left = amount;
    for (int i : order) {
      long cost = candidates.get(i).cost();
      if (votes[i] > 0 && cost <= left) {
        funded[i] = true;
        left -= cost;
      }
    }
    boolean[] mes = equalShares(amount, candidates, supporters, ballots.size(), byRank);

    List<Line> lines = new ArrayList<>(m);
    long spentMes = 0;
    int rank = 0;
    for (int i : order) {
      rank++;
      Candidate c = candidates.get(i);
      lines.add(new Line(c.id(), c.cost(), votes[i], rank, funded[i], mes[i]));
      if (mes[i]) {
        spentMes += c.cost();
      }
    }
    return new Count(List.copyOf(lines), ballots.size(), amount, amount - left, spentMes);
  }

  private static int[][] supporters(
      int m,
      Map<Long, Integer> index,
      List<? extends java.util.Collection<Long>> ballots,
      int[] votes) {
    for (var ballot : ballots) {
      for (Long id : ballot) {
        Integer i = index.get(id);
        if (i != null) {
          votes[i]++;
        }
      }
    }
    int[][] supporters = new int[m][];
    for (int i = 0; i < m; i++) {
      supporters[i] = new int[votes[i]];
    }
    int[] filled = new int[m];
    for (int v = 0; v < ballots.size(); v++) {
      for (Long id : ballots.get(v)) {
        Integer i = index.get(id);
        if (i != null) {
          supporters[i][filled[i]++] = v;
        }
      }
    }
    return supporters;
  }

  private static Comparator<Integer> rankOrder(List<Candidate> candidates, int[] votes) {
    return Comparator.<Integer>comparingInt(i -> -votes[i])
        .thenComparingLong(i -> candidates.get(i).cost())
        .thenComparingLong(i -> candidates.get(i).id());
  }

  /**
   * MES in units where each voter starts with {@code amount} and a project costs {@code cost × n}
   * (the same proportions without dividing), so that shares are exact for whole tenge.
   */
  private static boolean[] equalShares(
      long amount,
      List<Candidate> candidates,
      int[][] supporters,
      int voters,
      Comparator<Integer> byRank) {
    int m = candidates.size();
    boolean[] funded = new boolean[m];
    if (voters == 0) {
      return funded;
    }
    double[] money = new double[voters];
    Arrays.fill(money, (double) amount);
    double[] scratch = new double[voters];
    while (true) {
      int best = -1;
      double bestRho = Double.POSITIVE_INFINITY;
      for (int c = 0; c < m; c++) {
        if (funded[c] || supporters[c].length == 0) {
          continue;
        }
        double need = (double) candidates.get(c).cost() * voters;
        double rho = payment(need, supporters[c], money, scratch);
        if (rho < 0) {
          continue;
        }
        boolean better =
            best < 0
                || rho < bestRho * (1 - 1e-12)
                || (rho <= bestRho * (1 + 1e-12) && byRank.compare(c, best) < 0);
        if (better) {
          best = c;
          bestRho = rho;
        }
      }
      if (best < 0) {
        return funded;
      }
      funded[best] = true;
      for (int v : supporters[best]) {
        money[v] = Math.max(0, money[v] - Math.min(money[v], bestRho));
      }
    }
  }

  /**
   * The smallest ρ with Σ min(money[v], ρ) ≥ need over the supporters, or -1 when they cannot pay.
   */
  private static double payment(double need, int[] who, double[] money, double[] scratch) {
    int k = who.length;
    double total = 0;
    for (int j = 0; j < k; j++) {
      scratch[j] = money[who[j]];
      total += scratch[j];
    }
    if (total < need * (1 - 1e-12)) {
      return -1;
    }
    Arrays.sort(scratch, 0, k);
    double paid = 0;
    for (int j = 0; j < k; j++) {
      double rho = (need - paid) / (k - j);
      if (rho <= scratch[j]) {
        return rho;
      }
      paid += scratch[j];
    }
    return scratch[k - 1];
  }
}
