import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import kz.kenes.forum.budget.BudgetResults;

/**
 * The participatory budget's count (issue 15): 10,000 ballots over 40 projects, each ballot a
 * valid knapsack ballot (random projects while they fit the amount), counted by votes and by the
 * Method of Equal Shares in {@code BudgetResults.count}. Prints the median, 95th percentile and
 * maximum of 200 timed counts after 50 warm-up counts. Run through {@code deploy/bench/budget}.
 */
public class BudgetBench {
  public static void main(String[] args) {
    int ballots = Integer.getInteger("ballots", 10_000);
    int projects = Integer.getInteger("projects", 40);
    long amount = 100_000_000L;
    Random random = new Random(15);
    List<BudgetResults.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < projects; i++) {
      candidates.add(new BudgetResults.Candidate(i + 1, 2_000_000L + random.nextInt(28_000_000)));
    }
    List<List<Long>> cast = new ArrayList<>();
    int choices = 0;
    for (int b = 0; b < ballots; b++) {
      List<Long> ballot = new ArrayList<>();
      long left = amount;
      // popular projects are chosen more often: a skewed pick
      for (int tries = 0; tries < 12; tries++) {
        int i = (int) Math.floor(Math.pow(random.nextDouble(), 1.7) * projects);
        var c = candidates.get(i);
        if (!ballot.contains(c.id()) && c.cost() <= left) {
          ballot.add(c.id());
          left -= c.cost();
        }
      }
      choices += ballot.size();
      cast.add(ballot);
    }
    for (int i = 0; i < 50; i++) {
      BudgetResults.count(amount, candidates, cast);
    }
    double[] ms = new double[200];
    BudgetResults.Count count = null;
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      count = BudgetResults.count(amount, candidates, cast);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        "ballots=%d projects=%d choices=%d funded-by-votes=%d funded-by-equal-shares=%d%n",
        ballots, projects, choices, count.funded().size(), count.fundedByEqualShares().size());
    System.out.printf(
        "count ms: median %.2f, p95 %.2f, max %.2f (target <= 200)%n",
        ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1]);
    if (ms[(int) (ms.length * 0.95)] > 200) {
      System.exit(1);
    }
  }
}
