import { at } from '../common/arrays';
import type { StatisticsCell } from '@elderwork/contracts';

/** Counts of 1–4 persons are never published (docs/decisions/0013). */
export const MINIMUM_CELL = 5;

export interface Cell {
  persons: number;
  income: number;
}

/**
 * Small-cell protection of a table whose rows add up to a total row and whose part columns add
 * up to a total column (income adds up exactly; persons may count a person once in the total).
 * Primary: every cell of 1–4 persons is suppressed. Complementary: in any line (row or column)
 * whose whole is published, a single suppressed part could be recovered by subtraction, so a
 * second part is suppressed too — the smallest published one with persons, or, when none is
 * left, the whole itself. Repeated until no line has exactly one hidden part.
 * `grid[r][c]`: r = rows then the total row last; c = parts then the total column last.
 */
export function protect(grid: Cell[][]): StatisticsCell[][] {
  const hidden = grid.map((row) => row.map((cell) => cell.persons > 0 && cell.persons < MINIMUM_CELL));
  const lines: [number, number][][] = [
    ...grid.map((row, r) => row.map((_, c) => [r, c] as [number, number])),
    ...at(grid, 0).map((_, c) => grid.map((_, r) => [r, c] as [number, number])),
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const whole = at(line, line.length - 1);
      const parts = line.slice(0, -1);
      if (at(at(hidden, whole[0]), whole[1])) continue;
      if (parts.filter(([r, c]) => at(hidden, r)[c]).length !== 1) continue;
      const candidates = parts
        .filter(([r, c]) => !at(hidden, r)[c] && at(at(grid, r), c).persons > 0)
        .sort(([r1, c1], [r2, c2]) => at(at(grid, r1), c1).persons - at(at(grid, r2), c2).persons);
      const [r, c] = candidates[0] ?? whole;
      at(hidden, r)[c] = true;
      changed = true;
    }
  }
  return grid.map((row, r) =>
    row.map((cell, c) => (at(hidden, r)[c] ? { persons: null, income: null, suppressed: true } : { persons: cell.persons, income: cell.income, suppressed: false })),
  );
}
