package kz.kenes.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A state machine's allowed transitions written as a grid from the rules, independently of the enum
 * under test: one row per status ("from"), one column per status ("to") in the order given, 'x'
 * allowed and '.' refused; the first line names the columns for the reader. The tests of every life
 * cycle (AppealStatusTest, ReviewStatusTest) read their grid with this.
 */
public final class TransitionGrid {
  private TransitionGrid() {}

  /** One (from, to) pair and whether the rules allow it. */
  public record Cell<E extends Enum<E>>(E from, E to, boolean allowed) {
    public String pair() {
      return from + " -> " + to;
    }
  }

  /** Every cell of {@code grid}, checked to cover each pair of {@code type} exactly once. */
  public static <E extends Enum<E>> List<Cell<E>> cells(
      String grid, Class<E> type, List<E> columns) {
    E[] all = type.getEnumConstants();
    assertThat(EnumSet.copyOf(columns)).as("columns").containsExactlyInAnyOrder(all);
    List<Cell<E>> cells = new ArrayList<>();
    List<String> lines = grid.lines().skip(1).filter(l -> !l.isBlank()).toList();
    assertThat(lines).as("one row per status").hasSize(all.length);
    for (String line : lines) {
      String[] parts = line.trim().split("\\s+");
      assertThat(parts).as(line).hasSize(1 + columns.size());
      E from = Enum.valueOf(type, parts[0]);
      for (int i = 0; i < columns.size(); i++) {
        assertThat(parts[i + 1]).as(line).isIn("x", ".");
        cells.add(new Cell<>(from, columns.get(i), parts[i + 1].equals("x")));
      }
    }
    assertThat(cells)
        .hasSize(all.length * all.length)
        .extracting(c -> List.of(c.from(), c.to()))
        .doesNotHaveDuplicates();
    return cells;
  }
}
