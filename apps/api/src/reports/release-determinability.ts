/**
 * Which hidden cells of a release an attacker can compute exactly (docs/decisions/0020).
 *
 * Every relation of the release is a linear equation over the cells (income exactly; persons
 * only in geographic relations, which are a subset of the income ones, so a cell whose income
 * is free has free persons too). Published cells are constants; the hidden cells are the
 * unknowns. A hidden cell is determined when it is fixed by the equations whatever values the
 * other hidden cells take — when every solution of the homogeneous system gives it 0.
 *
 * Exact arithmetic modulo a prime keeps the elimination free of rounding: the coefficients are
 * ±1, so the rank modulo a large prime equals the rational rank except with negligible
 * probability. Two random vectors of the null space then show which unknowns can move: an
 * unknown that is 0 in both is determined (a free one is 0 in a random vector with
 * probability 1/P).
 */
const P = 67_108_859; // prime below 2^26: products of two residues stay exact in a double

const mod = (a: number): number => ((a % P) + P) % P;
const mul = (a: number, b: number): number => (a * b) % P;

function inverse(a: number): number {
  let [r0, r1, s0, s1] = [a, P, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

/** A sparse equation: unknown → coefficient (non-zero residues). */
type Row = Map<number, number>;

/** A deterministic generator of residues, so the same release is always judged the same way. */
function residues(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return 1 + (state % (P - 1));
  };
}

/**
 * The hidden cells fixed by the relations. `lines` are whole = Σ parts over cell indices;
 * `hidden` tells the unknowns. Returns the determined cell indices, lowest first.
 */
export function determinedCells(lines: { whole: number; parts: number[] }[], hidden: boolean[]): number[] {
  const pivotRow = new Map<number, Row>(); // pivot unknown → its row, normalised to coefficient 1
  const order: number[] = []; // pivots in the order their rows were made

  const addTo = (row: Row, k: number, c: number): void => {
    const v = mod((row.get(k) ?? 0) + c);
    if (v === 0) row.delete(k);
    else row.set(k, v);
  };

  for (const line of lines) {
    const row: Row = new Map();
    if (hidden[line.whole]) addTo(row, line.whole, -1);
    for (const p of line.parts) if (hidden[p]) addTo(row, p, 1);
    // Eliminate known pivots until none is left in the row (each elimination only brings in
    // unknowns that are free or pivots made later, so this ends).
    for (;;) {
      const found = [...row].find(([k]) => pivotRow.has(k));
      if (!found) break;
      const [pivot, factor] = found;
      for (const [k, c] of pivotRow.get(pivot) ?? []) addTo(row, k, -mul(factor, c));
    }
    if (row.size === 0) continue;
    let pivot = -1;
    let lead = 0;
    for (const [k, c] of row) if (k > pivot) [pivot, lead] = [k, c]; // the highest group: aggregates first
    const scale = inverse(lead);
    for (const [k, c] of row) row.set(k, mul(c, scale));
    pivotRow.set(pivot, row);
    order.push(pivot);
  }

  const unknowns = hidden.flatMap((h, k) => (h ? [k] : []));
  const moves = unknowns.map(() => false);
  const at = new Map(unknowns.map((k, i) => [k, i]));
  for (const seed of [0x9e3779b9, 0x85ebca6b]) {
    const next = residues(seed);
    const value = new Map<number, number>();
    for (const k of unknowns) if (!pivotRow.has(k)) value.set(k, next());
    // A row holds its pivot, free unknowns and pivots of later rows: solve from the last row back.
    for (const pivot of [...order].reverse()) {
      let sum = 0;
      for (const [k, c] of pivotRow.get(pivot) ?? []) if (k !== pivot) sum = mod(sum + mul(c, value.get(k) ?? 0));
      value.set(pivot, mod(-sum));
    }
    for (const [k, v] of value) if (v !== 0) moves[at.get(k) ?? -1] = true;
  }
  return unknowns.filter((_, i) => !moves[i]);
}
