import fc from 'fast-check';
import { MINIMUM_CELL, protect, type Cell } from './small-cells';

/** A table of rows × parts with its totals (income adds up; persons too, for these tests). */
function table(parts: Cell[][]): Cell[][] {
  const withRowTotals = parts.map((row) => [...row, row.reduce((a, c) => ({ persons: a.persons + c.persons, income: a.income + c.income }), { persons: 0, income: 0 })]);
  const totalRow = withRowTotals[0]!.map((_, c) => withRowTotals.reduce((a, row) => ({ persons: a.persons + row[c]!.persons, income: a.income + row[c]!.income }), { persons: 0, income: 0 }));
  return [...withRowTotals, totalRow];
}

describe('small-cell protection', () => {
  it('hides 1–4 persons, publishes 0 and 5+', () => {
    const out = protect(table([[{ persons: 0, income: 0 }, { persons: 5, income: 100 }, { persons: 9, income: 90 }]]));
    expect(out[0]!.map((c) => c.persons)).toEqual([0, 5, 9, 14]);
    const small = protect(table([[{ persons: 3, income: 30 }, { persons: 7, income: 70 }, { persons: 8, income: 80 }], [{ persons: 6, income: 60 }, { persons: 6, income: 60 }, { persons: 6, income: 60 }]]));
    expect(small[0]![0]).toEqual({ persons: null, income: null, suppressed: true });
  });

  it('a lone hidden cell is protected from subtraction in its row and its column', () => {
    const out = protect(table([[{ persons: 3, income: 30 }, { persons: 7, income: 70 }, { persons: 8, income: 80 }], [{ persons: 6, income: 60 }, { persons: 9, income: 90 }, { persons: 6, income: 60 }]]));
    // Row 0: the smallest other part (7) goes too; column 0: the other row's cell (6) goes too.
    expect(out[0]![1]!.suppressed).toBe(true);
    expect(out[1]![0]!.suppressed).toBe(true);
  });

  it('no published line ever has exactly one hidden part (property: nothing can be recovered by subtraction)', () => {
    const cell = fc.integer({ min: 0, max: 12 }).map((persons): Cell => ({ persons, income: persons * 1000 }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((rows) => fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: rows, maxLength: rows })), (parts) => {
        const grid = table(parts);
        const out = protect(grid);
        const lines = [...out.map((row) => row), ...out[0]!.map((_, c) => out.map((row) => row[c]!))];
        for (const line of lines) {
          const whole = line[line.length - 1]!;
          const hiddenParts = line.slice(0, -1).filter((c) => c.suppressed).length;
          if (!whole.suppressed) expect(hiddenParts).not.toBe(1);
        }
        out.forEach((row, r) => row.forEach((c, i) => {
          const persons = grid[r]![i]!.persons;
          if (persons > 0 && persons < MINIMUM_CELL) expect(c.suppressed).toBe(true);
        }));
      }),
      { numRuns: 500 },
    );
  });
});
