/**
 * The attacker's side of statistical disclosure control: for each hidden cell of a release, the
 * smallest and largest values (persons and income) consistent with everything published —
 * every published cell an equality, every hidden cell an unknown ≥ 0, the release's relations
 * (a group's cells add up over its parts; income adds up over the models; a group's total
 * persons lie between its largest model and the sum of its models). A real LP solver (GLPK,
 * glpk.js) gives the exact bounds of the continuous relaxation.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ReleaseGrid } from '../../src/reports/statistics-release';
import { MINIMUM_CELL } from '../../src/reports/small-cells';

/** GLPK's constants (glpk.js). */
const GLP = { FX: 5, UP: 3, LO: 2 } as const;
interface Constraint {
  name: string;
  vars: { name: string; coef: number }[];
  bnds: { type: number; lb: number; ub: number };
}

export interface HiddenInterval {
  cell: number;
  primary: boolean;
  persons: number;
  income: number;
  personsRange: [number, number];
  incomeRange: [number, number];
}

/** What an attacker sees: the relations, the values of the cells they can read, the rest unknown. */
export interface Knowledge {
  lines: { whole: number; parts: number[] }[];
  modelLines: boolean[];
  /** Published value of each cell the attacker reads (income in satang), or null (hidden, or not offered to them). */
  persons: (number | null)[];
  income: (number | null)[];
}

/** One audit may not block the (single) jest worker for longer than this: a hung solve fails the test instead of the CI run. */
const LP_TIME_LIMIT_MS = 120_000;

/** Minimum and maximum of each variable under the constraints, solved by GLPK in a child process. */
function solveAll(subjectTo: Constraint[], bounds: { name: string; type: number; lb: number; ub: number }[], names: string[]): Map<string, [number, number]> {
  const objectives = names.flatMap((name) => [{ name, direction: 'min' }, { name, direction: 'max' }]);
  const run = spawnSync(process.execPath, [join(__dirname, 'lp-worker.mjs')], { input: JSON.stringify({ subjectTo, bounds, objectives }), maxBuffer: 1 << 28, timeout: LP_TIME_LIMIT_MS, cwd: join(__dirname, '..', '..', '..', '..') });
  if (run.error) throw new Error(`LP worker did not finish within ${LP_TIME_LIMIT_MS / 1000} s: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`LP worker failed: ${run.stderr.toString()}`);
  const z = JSON.parse(run.stdout.toString()) as (number | string)[];
  const value = (v: number | string): number => {
    if (typeof v === 'number') return v;
    if (v === 'inf') return Infinity;
    if (v === '-inf') return -Infinity;
    throw new Error(`LP: ${v}`);
  };
  return new Map(names.map((name, i) => [name, [value(z[2 * i]!), value(z[2 * i + 1]!)]]));
}

/** The knowledge of everyone who can read the release at once (DLA and every provincial officer). */
export function publishedKnowledge(grid: ReleaseGrid): Knowledge {
  return {
    lines: grid.lines,
    modelLines: grid.modelLines,
    persons: grid.persons.map((p, k) => (grid.hidden[k] ? null : p)),
    income: grid.satang.map((y, k) => (grid.hidden[k] ? null : y)),
  };
}

/**
 * Income enters the LP in units of 10,000 baht: in satang (sums up to 10^10) GLPK's absolute
 * feasibility tolerance declared some true releases infeasible.
 */
const INCOME_UNIT = 1_000_000;

/** Feasible interval of every cell in `cells` (unknown to the attacker) under the knowledge. */
export function intervals(knowledge: Knowledge, cells: number[]): Map<number, { persons: [number, number]; income: [number, number] }> {
  const subjectTo: Constraint[] = [];
  const used = new Set<string>();
  const term = (dim: 'p' | 'y', k: number, coef: number, acc: { vars: { name: string; coef: number }[]; constant: number }): void => {
    const income = knowledge.income[k];
    const value = dim === 'p' ? knowledge.persons[k] : income === null || income === undefined ? income : income / INCOME_UNIT;
    if (value === null || value === undefined) {
      const name = `${dim}${k}`;
      used.add(name);
      acc.vars.push({ name, coef });
    } else acc.constant += coef * value;
  };
  const add = (name: string, terms: [dim: 'p' | 'y', k: number, coef: number][], type: 'eq' | 'le' | 'ge'): void => {
    const acc = { vars: [] as { name: string; coef: number }[], constant: 0 };
    for (const [dim, k, coef] of terms) term(dim, k, coef, acc);
    if (acc.vars.length === 0) return;
    const rhs = -acc.constant;
    const bnds = type === 'eq' ? { type: GLP.FX, lb: rhs, ub: rhs } : type === 'le' ? { type: GLP.UP, lb: 0, ub: rhs } : { type: GLP.LO, lb: rhs, ub: 0 };
    subjectTo.push({ name, vars: acc.vars, bnds });
  };
  knowledge.lines.forEach((line, i) => {
    const income: [dim: 'p' | 'y', k: number, coef: number][] = [['y', line.whole, -1], ...line.parts.map((k): ['y', number, number] => ['y', k, 1])];
    add(`y${i}`, income, 'eq');
    if (!knowledge.modelLines[i]) {
      add(`p${i}`, [['p', line.whole, -1], ...line.parts.map((k): ['p', number, number] => ['p', k, 1])], 'eq');
    } else {
      // A person in two models counts once in the total: max(models) ≤ total ≤ Σ models.
      add(`p${i}`, [['p', line.whole, 1], ...line.parts.map((k): ['p', number, number] => ['p', k, -1])], 'le');
      line.parts.forEach((k, j) => add(`p${i}_${j}`, [['p', line.whole, 1], ['p', k, -1]], 'ge'));
    }
  });
  for (const k of cells) {
    used.add(`p${k}`);
    used.add(`y${k}`);
  }
  const bounds = [...used].map((name) => ({ name, type: GLP.LO, lb: 0, ub: 0 }));
  const solved = solveAll(subjectTo, bounds, cells.flatMap((k) => [`p${k}`, `y${k}`]));
  const out = new Map<number, { persons: [number, number]; income: [number, number] }>();
  for (const k of cells) out.set(k, { persons: solved.get(`p${k}`)!, income: solved.get(`y${k}`)!.map((v) => v * INCOME_UNIT) as [number, number] });
  return out;
}

/** Intervals of every hidden cell of a release, against everything published. */
export function auditRelease(grid: ReleaseGrid, knowledge = publishedKnowledge(grid)): HiddenInterval[] {
  const hidden = grid.hidden.flatMap((h, k) => (h ? [k] : []));
  const found = intervals(knowledge, hidden);
  return hidden.map((k) => ({
    cell: k,
    primary: grid.primary[k]!,
    persons: grid.persons[k]!,
    income: grid.satang[k]! / 100,
    personsRange: found.get(k)!.persons,
    incomeRange: [found.get(k)!.income[0] / 100, found.get(k)!.income[1] / 100],
  }));
}

const TOLERANCE = 1e-6;

/** ±50 %: the interval holds at least half the value below it and half above it. */
export function spansHalf(value: number, [lo, hi]: [number, number]): boolean {
  return lo <= value * 0.5 + TOLERANCE * Math.max(1, value) && hi >= value * 1.5 - TOLERANCE * Math.max(1, value);
}

/**
 * Whether a hidden cell is protected (decision 0020). A primary cell (1–4 persons): its persons
 * and its income each span ±50 % — the first test, "lower bound below 5", holds for it
 * trivially, so it is not enough. A complementary cell: its lower bound of persons is below 5 or
 * its persons span ±50 % (the test), or at least it is not determined (its interval is
 * one person wide or more, and its income interval is not a point).
 */
export function protectedEnough(c: HiddenInterval): { ok: boolean; strict: boolean } {
  if (c.primary) {
    const ok = spansHalf(c.persons, c.personsRange) && spansHalf(c.income, c.incomeRange);
    return { ok, strict: ok };
  }
  const strict = c.personsRange[0] < MINIMUM_CELL - TOLERANCE || spansHalf(c.persons, c.personsRange);
  const open = c.personsRange[1] - c.personsRange[0] >= 1 - TOLERANCE && c.incomeRange[1] - c.incomeRange[0] > TOLERANCE;
  return { ok: strict || open, strict };
}
