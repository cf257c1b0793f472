import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { COLUMNS, type Release, type ReleaseGroup } from '../../src/reports/statistics-release';

export interface KnownCell { persons: number; income: number; hidden: boolean; primary: boolean }
/** What an attacker reads: cells by id, additive equations (whole, parts), rows (total, models). */
export interface Knowledge { cells: Record<string, KnownCell>; equations: [string, string[]][]; rows: [string, string[]][] }
export interface Interval { persons: [number, number]; income: [number, number] }

/** Min and max of every hidden cell by linear programming (glpk.js in a Node child process). */
export function audit(knowledge: Knowledge): Record<string, Interval> {
  const out = execFileSync(process.execPath, [join(__dirname, 'disclosure-audit.mjs')], { input: JSON.stringify(knowledge), maxBuffer: 1 << 28 }).toString();
  return JSON.parse(out, (_, v) => (v === 'Infinity' ? Infinity : v)) as Record<string, Interval>;
}

/**
 * The cells whose feasible interval is too narrow. A primary (1–4 persons) cell must be able to
 * lie at half its persons or below and at max(1.5 × persons, 5) or above (so neither its value nor
 * "it is a small cell" can be proved), its income at ±50 %. A complementary cell must not be
 * determined exactly (it is not sensitive; what it protects is checked on the primary cells).
 */
export function narrow(knowledge: Knowledge, intervals: Record<string, Interval>): string[] {
  const tol = 1e-6;
  return Object.entries(knowledge.cells).filter(([id, c]) => {
    if (!c.hidden) return false;
    const { persons: [pl, ph], income: [yl, yh] } = intervals[id]!;
    if (c.primary) return !(pl <= c.persons / 2 + tol && ph >= Math.max(1.5 * c.persons, 5) - tol && yl <= c.income / 2 + tol && yh >= 1.5 * c.income - tol);
    return !(ph - pl > tol) || !(yh - yl > tol || c.income === 0);
  }).map(([id]) => id);
}

/** Everything published in the release, across all groupings, with every equation linking them. */
export function knowledgeOf(release: Release): Knowledge {
  const cells: Knowledge['cells'] = {};
  const equations: Knowledge['equations'] = [];
  const rows: Knowledge['rows'] = [];
  const groups = [...release.groups.entries()];
  for (const [id, g] of groups) {
    for (const c of COLUMNS) cells[`${id}/${c}`] = { ...g.cells[c], hidden: release.hidden.has(`${id}/${c}`), primary: release.primary.has(`${id}/${c}`) };
    rows.push([`${id}/total`, ['section35', 'caregiver', 'occupation'].map((m) => `${id}/${m}`)]);
  }
  const of = (grouping: string, keep: (g: ReleaseGroup) => boolean): string[] => groups.filter(([, g]) => g.grouping === grouping && keep(g)).map(([id]) => id);
  const link = (whole: string, parts: string[]): void => { for (const c of COLUMNS) equations.push([`${whole}/${c}`, parts.map((p) => `${p}/${c}`)]); };
  for (const [id, g] of groups) {
    if (g.grouping === 'cross') link(id, g.laos.map((k) => `lao:${k}`));
    if (g.grouping === 'province') link(id, of('cross', (x) => x.province === g.province));
    if (g.grouping === 'laoType') link(id, of('cross', (x) => x.laoType === g.laoType));
    if (g.grouping === 'nation') { link(id, of('province', () => true)); link(id, of('laoType', () => true)); }
  }
  return { cells, equations, rows };
}

