/**
 * What the protected statistics release costs (docs/decisions/0020): time to build it and the
 * cells it hides, on synthetic national data. Run:
 *   cd bench && TS_NODE_BASEURL=.. TS_NODE_TRANSPILE_ONLY=1 TS_NODE_PROJECT=tsconfig.json node -r ts-node/register -r tsconfig-paths/register src/statistics-release-bench.ts
 */
import type { Highs } from 'highs';
import { releaseSolver } from '../../apps/api/src/reports/release-audit';
import { releaseGrid, suppress, suppressAudited, RELEASE_COLUMNS, type LaoFigures, type RawCell, type ReleaseColumn } from '../../apps/api/src/reports/statistics-release';

const TYPES = ['subdistrict_municipality', 'sao', 'town_municipality', 'city_municipality', 'pao'];
let seed = 12345;
const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

/** `n` LAOs over 76 provinces; each model's persons drawn from 0…`max` (small LAOs: many cells of 1–4). */
function nation(n: number, max: number): LaoFigures[] {
  return Array.from({ length: n }, (_, i) => {
    const province = String(10 + (i % 76));
    const type = TYPES[random() < 0.7 ? 1 : random() < 0.8 ? 0 : Math.floor(random() * TYPES.length)]!;
    const cells = {} as Record<ReleaseColumn, RawCell>;
    const models = RELEASE_COLUMNS.slice(0, 3).map(() => Math.floor(random() * (max + 1)));
    models.forEach((p, k) => (cells[RELEASE_COLUMNS[k]!] = { persons: p, satang: p * Math.round((5_000 + random() * 115_000) * 100) }));
    const sum = models.reduce((a, b) => a + b, 0);
    cells.total = { persons: Math.max(...models, sum - Math.floor(random() * 2)), satang: RELEASE_COLUMNS.slice(0, 3).reduce((a, c) => a + cells[c].satang, 0) };
    return { code: `${type === 'sao' ? 6 : 5}${province}${String(i).padStart(4, '0')}`, label: `LAO ${i}`, provinceCode: province, provinceLabel: province, laoType: type, laoTypeLabel: type, cells };
  });
}

function run(n: number, max: number, highs: Highs | null): void {
  const laos = nation(n, max);
  const started = process.hrtime.bigint();
  const grid = highs ? suppressAudited(releaseGrid(laos), highs) : suppress(releaseGrid(laos));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const byLevel = new Map<string, { cells: number; primary: number; hidden: number }>();
  grid.groups.forEach((g, i) => {
    const s = byLevel.get(g.level) ?? { cells: 0, primary: 0, hidden: 0 };
    for (let k = 0; k < 4; k += 1) {
      s.cells += 1;
      if (grid.primary[i * 4 + k]) s.primary += 1;
      if (grid.hidden[i * 4 + k]) s.hidden += 1;
    }
    byLevel.set(g.level, s);
  });
  const line = [...byLevel].map(([level, s]) => `${level} ${s.hidden}/${s.cells} hidden (${s.primary} primary)`).join('; ');
  console.log(`${n} LAOs, persons per model 0–${max}, ${highs ? 'with the LP audit' : 'greedy only'}: ${ms.toFixed(0)} ms; ${line}`);
}

async function main(): Promise<void> {
  const highs = await releaseSolver();
  for (const [n, max] of [[2000, 12], [2000, 40], [7849, 12], [7849, 40]] as const) {
    seed = 12345 + n + max;
    run(n, max, null);
    seed = 12345 + n + max;
    run(n, max, highs);
  }
}

void main();
