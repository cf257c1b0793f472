import { at, got } from '../common/arrays';
import loadHighs, { type Highs } from 'highs';
import type { Line } from './statistics-release';

/**
 * The attacker's linear programme, solved while the release is built (decision 0020): for every
 * primary cell, the smallest and largest persons and income that
 * everything published allows. A primary whose interval does not span ±50 % of its value is
 * "narrow"; the release then hides one more cell beside it and asks again.
 *
 * Persons and income never share a relation, so they are two separate LPs; and a hidden cell's
 * bounds depend only on the hidden cells it is linked to through relations, so each connected
 * group of hidden cells is its own small LP (HiGHS, persistent model, warm-started between the
 * objectives). Income enters in 10,000-baht units: in satang (sums to 10¹⁰) a solver's absolute
 * tolerances are too coarse.
 */
export interface AuditInput {
  lines: Line[];
  modelLines: boolean[];
  persons: number[];
  satang: number[];
  hidden: boolean[];
  primary: boolean[];
}

const INCOME_UNIT = 1_000_000;
const TOLERANCE = 1e-6;

let solver: Promise<Highs> | null = null;
/** HiGHS (WebAssembly), loaded once per process. */
export function releaseSolver(): Promise<Highs> {
  solver ??= loadHighs();
  return solver;
}

/** ±50 %: the interval reaches half the value below it and half above it. */
export function spansHalf(value: number, lo: number, hi: number): boolean {
  const slack = TOLERANCE * Math.max(1, value);
  return lo <= value * 0.5 + slack && hi >= value * 1.5 - slack;
}

interface Row {
  cols: number[];
  coefs: number[];
  lower: number;
  upper: number;
}

/** The hidden cells linked to each other through relations, as lists of cell indices. */
function components(input: AuditInput): number[][] {
  const parent = new Map<number, number>();
  const find = (k: number): number => {
    let r = k;
    for (let up = parent.get(r); up !== undefined && up !== r; up = parent.get(r)) r = up;
    parent.set(k, r);
    return r;
  };
  input.hidden.forEach((h, k) => h && parent.set(k, k));
  for (const line of input.lines) {
    const cells = [line.whole, ...line.parts].filter((k) => input.hidden[k]);
    for (let j = 1; j < cells.length; j += 1) parent.set(find(at(cells, j)), find(at(cells, 0)));
  }
  const groups = new Map<number, number[]>();
  for (const k of parent.keys()) {
    const r = find(k);
    groups.set(r, [...(groups.get(r) ?? []), k]);
  }
  return [...groups.values()];
}

/** Rows of one dimension's LP over the component's cells (published cells are constants). */
function rows(input: AuditInput, lineIds: number[], col: Map<number, number>, dim: 'persons' | 'income'): Row[] {
  const value = (k: number): number => (dim === 'persons' ? at(input.persons, k) : at(input.satang, k) / INCOME_UNIT);
  const out: Row[] = [];
  const add = (terms: [cell: number, coef: number][], kind: 'eq' | 'le' | 'ge'): void => {
    const row: Row = { cols: [], coefs: [], lower: 0, upper: 0 };
    let constant = 0;
    for (const [k, coef] of terms) {
      const c = col.get(k);
      if (c === undefined) constant += coef * value(k);
      else {
        row.cols.push(c);
        row.coefs.push(coef);
      }
    }
    if (row.cols.length === 0) return;
    row.lower = kind === 'le' ? -Infinity : -constant;
    row.upper = kind === 'ge' ? Infinity : -constant;
    out.push(row);
  };
  for (const i of lineIds) {
    const line = at(input.lines, i);
    const sum: [number, number][] = [[line.whole, -1], ...line.parts.map((k): [number, number] => [k, 1])];
    if (dim === 'income' || !input.modelLines[i]) add(sum, 'eq');
    else {
      // A person in two models counts once in the total: max(models) ≤ total ≤ Σ models.
      add(sum.map(([k, c]) => [k, -c]), 'le');
      for (const k of line.parts) add([[line.whole, 1], [k, -1]], 'ge');
    }
  }
  return out;
}

interface Target {
  col: number;
  value: number;
}

/**
 * The targets whose interval does not reach ±50 % under the rows (x ≥ 0). Any feasible point is a
 * witness: it proves the low side of each target it holds at ≤ ½ value and the high side of each
 * it holds at ≥ 1½ value. Joint LPs (all open targets pushed down, or up to their 1½ value, at
 * once) prove most targets in a few solves; the rest are solved one by one, as the audit does.
 */
function narrowTargets(highs: Highs, n: number, rowList: Row[], targets: Target[]): Set<number> {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const r of rowList) {
    indices.push(...r.cols);
    values.push(...r.coefs);
    starts.push(indices.length);
  }
  const inf = highs.infinity;
  const model = highs.createModel({
    numCols: n,
    numRows: rowList.length,
    colCost: new Array<number>(n).fill(0),
    colLower: new Array<number>(n).fill(0),
    colUpper: new Array<number>(n).fill(inf),
    rowLower: rowList.map((r) => (Number.isFinite(r.lower) ? r.lower : -inf)),
    rowUpper: rowList.map((r) => (Number.isFinite(r.upper) ? r.upper : inf)),
    matrix: { format: 'csr', numRows: rowList.length, numCols: n, starts, indices, values },
  });
  const slack = (t: Target): number => TOLERANCE * Math.max(1, t.value);
  const low = new Set(targets);
  const high = new Set(targets);
  const { minimize, maximize } = highs.constants.objectiveSense;
  const optimal = highs.constants.modelStatus.optimal;
  /** Solves with these costs (and caps); every target the optimum holds far enough is proven. */
  const solve = (sense: typeof minimize, costs: Map<number, number>, caps: Target[]): boolean => {
    const cols = [...costs.keys()];
    for (const [c, cost] of costs) model.changeColCost(c, cost);
    for (const t of caps) model.changeColBounds(t.col, 0, t.value * 1.5 + slack(t));
    model.changeObjectiveSense(sense);
    const { modelStatus } = model.run();
    let proved = false;
    if (modelStatus === optimal) {
      const x = model.getSolution().colValue;
      for (const t of [...low]) if (at(x, t.col) <= t.value * 0.5 + slack(t)) proved = low.delete(t) || proved;
      for (const t of [...high]) if (at(x, t.col) >= t.value * 1.5 - slack(t)) proved = high.delete(t) || proved;
    }
    for (const c of cols) model.changeColCost(c, 0);
    for (const t of caps) model.changeColBounds(t.col, 0, inf);
    return proved;
  };
  try {
    model.options.set({ output_flag: false });
    const weights = (open: Set<Target>): Map<number, number> => new Map([...open].map((t) => [t.col, 1 / Math.max(t.value, TOLERANCE)]));
    while (low.size > 0 && solve(minimize, weights(low), [])) {
      /* joint rounds while they prove something */
    }
    while (high.size > 0 && solve(maximize, weights(high), [...high])) {
      /* joint rounds while they prove something */
    }
    for (const t of [...low]) solve(minimize, new Map([[t.col, 1]]), []);
    for (const t of [...high]) solve(maximize, new Map([[t.col, 1]]), [t]);
  } finally {
    model.dispose();
  }
  return new Set([...low, ...high].map((t) => t.col));
}

/**
 * The primary cells whose persons or income an attacker can narrow below ±50 %, with everything
 * published. `cache` keeps each component's answer by its hidden cells, so that a release that
 * is repaired and audited again solves only the components the repair changed.
 */
export function narrowPrimaries(highs: Highs, input: AuditInput, cache = new Map<string, number[]>()): number[] {
  const asLine: number[][] = input.persons.map(() => []);
  input.lines.forEach((line, i) => {
    for (const k of [line.whole, ...line.parts]) at(asLine, k).push(i);
  });
  const narrow: number[] = [];
  for (const cells of components(input)) {
    const primaries = cells.filter((k) => input.primary[k]);
    if (primaries.length === 0) continue;
    cells.sort((a, b) => a - b);
    const key = cells.join(',');
    const known = cache.get(key);
    if (known) {
      narrow.push(...known);
      continue;
    }
    const col = new Map(cells.map((k, c) => [k, c]));
    const lineIds = [...new Set(cells.flatMap((k) => at(asLine, k)))];
    const persons = narrowTargets(highs, cells.length, rows(input, lineIds, col, 'persons'), primaries.map((k) => ({ col: got(col, k), value: at(input.persons, k) })));
    const income = narrowTargets(highs, cells.length, rows(input, lineIds, col, 'income'), primaries.map((k) => ({ col: got(col, k), value: at(input.satang, k) / INCOME_UNIT })));
    const found = primaries.filter((k) => persons.has(got(col, k)) || income.has(got(col, k)));
    cache.set(key, found);
    narrow.push(...found);
  }
  return narrow;
}
