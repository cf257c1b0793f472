import { determinedCells } from './release-determinability';

/** Cells 0…n; a line says whole = Σ parts. */
const line = (whole: number, ...parts: number[]) => ({ whole, parts });
const hiddenOnly = (n: number, ...cells: number[]): boolean[] => Array.from({ length: n }, (_, k) => cells.includes(k));

describe('which hidden cells the published relations fix exactly', () => {
  it('a lone hidden part of a published whole is fixed; two hidden parts are not', () => {
    const lines = [line(0, 1, 2, 3)];
    expect(determinedCells(lines, hiddenOnly(4, 2))).toEqual([2]);
    expect(determinedCells(lines, hiddenOnly(4, 2, 3))).toEqual([]);
  });

  it('finds what only a combination of relations gives away (a row and a column of a 2×2 table, their corner published)', () => {
    // 0 = 1 + 2 (row), 0 = 3 + 4 (column), 1 = 3 + 5 … with 1, 3 and 5 hidden: 1 − 3 = 5 is free, but
    // 1 = 0 − 2 and 3 = 0 − 4 are fixed by one relation each, and so 5 = 1 − 3 is fixed too.
    const lines = [line(0, 1, 2), line(0, 3, 4), line(1, 3, 5)];
    expect(determinedCells(lines, hiddenOnly(6, 1, 3, 5))).toEqual([1, 3, 5]);
  });

  it('a hidden whole equal to its one hidden part moves with it, unless another relation fixes the part', () => {
    expect(determinedCells([line(0, 1)], hiddenOnly(2, 0, 1))).toEqual([]);
    expect(determinedCells([line(0, 1), line(2, 1, 3)], hiddenOnly(4, 0, 1))).toEqual([0, 1]);
  });

  it('a rectangle of four hidden cells in a published table keeps all four free', () => {
    // rows: 0 = 1 + 2, 3 = 4 + 5; columns: 6 = 1 + 4, 7 = 2 + 5 — hidden 1, 2, 4, 5.
    const lines = [line(0, 1, 2), line(3, 4, 5), line(6, 1, 4), line(7, 2, 5)];
    expect(determinedCells(lines, hiddenOnly(8, 1, 2, 4, 5))).toEqual([]);
    // With one more published relation across the diagonal, the rectangle falls.
    expect(determinedCells([...lines, line(8, 1, 5)], hiddenOnly(9, 1, 2, 4, 5))).toEqual([1, 2, 4, 5]);
  });
});
