import type { StatisticsCell } from '@elderwork/contracts';
import { MINIMUM_CELL } from './small-cells';

/**
 * One protected release of the statistics of a (year, yearType): every grouping the API offers
 * (LAO, province × LAO type — a provincial officer's LAO-type table —, province, LAO type, nation)
 * protected jointly (docs/decisions/0020). Pure: figures in, cells with their suppression out.
 */
export const COLUMNS = ['section35', 'caregiver', 'occupation', 'total'] as const;
export type Column = (typeof COLUMNS)[number];
export type Grouping = 'lao' | 'cross' | 'province' | 'laoType' | 'nation';

export interface LaoFigures {
  key: string; // the LAO's code
  province: string;
  laoType: string;
  cells: Record<Column, { persons: number; income: number }>;
}

export interface ReleaseGroup {
  grouping: Grouping;
  key: string;
  province: string | null;
  laoType: string | null;
  /** The LAOs this group adds up. */
  laos: string[];
  cells: Record<Column, { persons: number; income: number }>;
}

export interface Release {
  groups: Map<string, ReleaseGroup>;
  /** `${groupId}/${column}` of every hidden cell, and which of them are primary. */
  hidden: Set<string>;
  primary: Set<string>;
}

export const groupId = (grouping: Grouping, key: string): string => `${grouping}:${key}`;
const cellId = (group: string, column: Column): string => `${group}/${column}`;

/** Every group of the release with its figures summed from the LAOs. */
export function groupsOf(laos: LaoFigures[]): Map<string, ReleaseGroup> {
  const groups = new Map<string, ReleaseGroup>();
  const add = (grouping: Grouping, key: string, province: string | null, laoType: string | null, lao: LaoFigures): void => {
    const id = groupId(grouping, key);
    let g = groups.get(id);
    if (!g) {
      g = { grouping, key, province, laoType, laos: [], cells: Object.fromEntries(COLUMNS.map((c) => [c, { persons: 0, income: 0 }])) as ReleaseGroup['cells'] };
      groups.set(id, g);
    }
    g.laos.push(lao.key);
    for (const c of COLUMNS) {
      g.cells[c].persons += lao.cells[c].persons;
      g.cells[c].income = Math.round((g.cells[c].income + lao.cells[c].income) * 100) / 100;
    }
  };
  for (const lao of laos) {
    add('lao', lao.key, lao.province, lao.laoType, lao);
    add('cross', `${lao.province}|${lao.laoType}`, lao.province, lao.laoType, lao);
    add('province', lao.province, lao.province, null, lao);
    add('laoType', lao.laoType, null, lao.laoType, lao);
    add('nation', 'TH', null, null, lao);
  }
  return groups;
}

/** The groups (by id) an LAO belongs to: its own, its cross, province, LAO type, nation. */
function chainOf(lao: LaoFigures): string[] {
  return [groupId('lao', lao.key), groupId('cross', `${lao.province}|${lao.laoType}`), groupId('province', lao.province), groupId('laoType', lao.laoType), groupId('nation', 'TH')];
}

/**
 * Protects the release. Primary: every cell of 1–4 persons (with its income). Complementary: for
 * each primary cell a perturbation certificate is chosen — LAO-level weights and a partner column —
 * that keeps every published cell of every grouping unchanged and every row additive, and moves the
 * primary cell down by half its value and up to at least max(1.5 × value, 5) persons (income ±50 %)
 * without any hidden cell going negative or a row's persons becoming inconsistent. Every cell the
 * certificate moves is hidden. Such a feasible move is a proof that an attacker's feasible interval
 * (the LP over everything published) is at least that wide. Greedy: the cheapest certificate
 * (persons newly hidden, cells already hidden free), primary cells smallest first.
 */
export function protectRelease(laos: LaoFigures[]): Release {
  const groups = groupsOf(laos);
  const byKey = new Map(laos.map((l) => [l.key, l]));
  const hidden = new Set<string>();
  const primary = new Set<string>();
  for (const [id, g] of groups) for (const c of COLUMNS) if (g.cells[c].persons > 0 && g.cells[c].persons < MINIMUM_CELL) primary.add(cellId(id, c));
  for (const p of primary) hidden.add(p);
  const crossLaos = new Map<string, LaoFigures[]>();
  for (const l of laos) {
    const k = `${l.province}|${l.laoType}`;
    crossLaos.set(k, [...(crossLaos.get(k) ?? []), l]);
  }
  const provinces = [...new Set(laos.map((l) => l.province))];
  const types = [...new Set(laos.map((l) => l.laoType))];
  const largestOf = new Map<string, LaoFigures>();
  for (const [k, members] of crossLaos) for (const c of COLUMNS) largestOf.set(`${k}/${c}`, members.reduce((a, b) => (b.cells[c].persons > a.cells[c].persons ? b : a)));
  const largest = (k: string, c: Column): LaoFigures | undefined => largestOf.get(`${k}/${c}`);

  const ordered = [...primary].sort((a, b) => valueOf(groups, a).persons - valueOf(groups, b).persons);
  for (const cell of ordered) {
    const [id, column] = cell.split('/') as [string, Column];
    const g = groups.get(id)!;
    const own = new Map<string, number>();
    if (g.grouping === 'lao') own.set(g.key, 1);
    else {
      const members = g.laos.filter((k) => byKey.get(k)!.cells[column].persons > 0);
      const sum = members.reduce((a, k) => a + byKey.get(k)!.cells[column].persons, 0);
      for (const k of members) own.set(k, byKey.get(k)!.cells[column].persons / sum);
    }
    const partners: Map<string, number>[] = [new Map()];
    if (g.grouping === 'lao') {
      for (const other of crossLaos.get(`${g.province}|${g.laoType}`) ?? []) if (other.key !== g.key) partners.push(new Map([[other.key, -1]]));
    }
    if (g.grouping === 'lao' || g.grouping === 'cross') {
      for (const t of types) {
        if (t === g.laoType) continue;
        for (const p of provinces) {
          if (p === g.province) continue;
          const a = largest(`${g.province}|${t}`, column), b = largest(`${p}|${g.laoType}`, column), d = largest(`${p}|${t}`, column);
          if (a && b && d) partners.push(new Map([[a.key, -1], [b.key, -1], [d.key, 1]]));
        }
      }
    }
    const partnerColumns: [Column, number][] = column === 'total'
      ? (['section35', 'caregiver', 'occupation'] as const).map((c) => [c, 1])
      : COLUMNS.filter((c) => c !== column).map((c) => [c, c === 'total' ? 1 : -1]);
    let best: { cost: number; cells: string[] } | null = null;
    for (const partner of partners) {
      const weights = new Map([...own, ...partner]);
      const induced = new Map<string, number>();
      for (const [k, w] of weights) for (const gid of chainOf(byKey.get(k)!)) induced.set(gid, (induced.get(gid) ?? 0) + w);
      for (const [gid, w] of induced) if (Math.abs(w) < 1e-9) induced.delete(gid);
      if (Math.abs((induced.get(id) ?? 0) - 1) > 1e-9) continue;
      for (const [other, sign] of partnerColumns) {
        const moved = feasibleMove(groups, induced, column, other, sign, g.cells[column]);
        if (!moved) continue;
        const cost = moved.reduce((a, c) => a + (hidden.has(c) ? 0 : 1 + valueOf(groups, c).persons), 0);
        if (!best || cost < best.cost) best = { cost, cells: moved };
      }
    }
    // No certificate (should not happen on real data): hide the cell's whole chain in every column.
    const cells = best?.cells ?? [...induced(own, byKey)].flatMap((gid) => COLUMNS.map((c) => cellId(gid, c)));
    for (const c of cells) hidden.add(c);
  }
  return { groups, hidden, primary };
}

function induced(own: Map<string, number>, byKey: Map<string, LaoFigures>): Set<string> {
  return new Set([...own.keys()].flatMap((k) => chainOf(byKey.get(k)!)));
}

function valueOf(groups: Map<string, ReleaseGroup>, cell: string): { persons: number; income: number } {
  const [id, column] = cell.split('/') as [string, Column];
  return groups.get(id)!.cells[column];
}

/**
 * The cells a move (weights per group, in `column` and `sign` × weight in `other`) changes, if the
 * primary cell can move by the required amounts in both directions, for persons and for income.
 */
function feasibleMove(groups: Map<string, ReleaseGroup>, weights: Map<string, number>, column: Column, other: Column, sign: number, target: { persons: number; income: number }): string[] | null {
  const persons = { up: Math.max(target.persons / 2, MINIMUM_CELL - target.persons), down: target.persons / 2 };
  const income = { up: target.income / 2, down: target.income / 2 };
  const eps = 1e-6;
  for (const [gid, w] of weights) {
    const row = groups.get(gid)!.cells;
    for (const delta of [persons.up, -persons.down]) {
      const p = Object.fromEntries(COLUMNS.map((c) => [c, row[c].persons + (c === column ? w * delta : c === other ? sign * w * delta : 0)])) as Record<Column, number>;
      if (COLUMNS.some((c) => p[c] < -eps)) return null;
      const models = [p.section35, p.caregiver, p.occupation];
      if (p.total < Math.max(...models) - eps || p.total > models.reduce((a, b) => a + b, 0) + eps) return null;
    }
    for (const delta of [income.up, -income.down]) {
      if (row[column].income + w * delta < -eps || row[other].income + sign * w * delta < -eps) return null;
    }
  }
  return [...weights.keys()].flatMap((gid) => [cellId(gid, column), cellId(gid, other)]);
}

/** The published form of a group's cells. */
export function publishedCells(release: Release, id: string): Record<Column, StatisticsCell> {
  const g = release.groups.get(id)!;
  return Object.fromEntries(
    COLUMNS.map((c) => [c, release.hidden.has(cellId(id, c)) ? { persons: null, income: null, suppressed: true } : { persons: g.cells[c].persons, income: g.cells[c].income, suppressed: false }]),
  ) as Record<Column, StatisticsCell>;
}
