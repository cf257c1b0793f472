import { at } from '../common/arrays';
import { MODELS, type StatisticsCell } from '@elderwork/contracts';
import { MINIMUM_CELL } from './small-cells';
import type { Highs } from 'highs';
import { determinedCells } from './release-determinability';
import { narrowPrimaries } from './release-audit';

/**
 * One protected release of a year's statistics (docs/decisions/0020). Every grouping the API
 * offers — LAO, LAO type within a province (a provincial officer's `groupBy=laoType`), province,
 * LAO type, nation — and every column (the three models and their total) is one linked set of
 * cells, protected together, so that no combination of published tables recovers a hidden cell.
 */
export const RELEASE_COLUMNS = [...MODELS, 'total'] as const;
export type ReleaseColumn = (typeof RELEASE_COLUMNS)[number];
export type ReleaseLevel = 'lao' | 'cross' | 'province' | 'laoType' | 'nation';

/** Persons and income in satang (integers: sums stay exact). */
export interface RawCell {
  persons: number;
  satang: number;
}

/** One LAO's approved figures. */
export interface LaoFigures {
  code: string;
  label: string;
  provinceCode: string;
  provinceLabel: string;
  laoType: string;
  laoTypeLabel: string;
  cells: Record<ReleaseColumn, RawCell>;
}

export interface ReleaseGroup {
  level: ReleaseLevel;
  key: string;
  label: string;
  /** The province a provincial officer must be in to read the group; null: the DLA only. */
  provinceCode: string | null;
  cells: Record<ReleaseColumn, StatisticsCell>;
}

/** A linear relation of the release: whole = Σ parts (income exactly; persons at most, across models). */
export interface Line {
  whole: number;
  parts: number[];
}

/** The release's cells before protection, its relations, and which cells are hidden. */
export interface ReleaseGrid {
  groups: Omit<ReleaseGroup, 'cells'>[];
  /** cell index = group index × 4 + column index */
  persons: number[];
  satang: number[];
  lines: Line[];
  /** Lines whose parts are the columns of one group (total vs models): persons there only bound the total. */
  modelLines: boolean[];
  hidden: boolean[];
  primary: boolean[];
}

const WIDTH = RELEASE_COLUMNS.length;
/** Lexicographic order of two scores. */
const before = (a: number[], b: number[]): boolean => {
  const j = a.findIndex((v, i) => v !== b[i]);
  return j >= 0 && at(a, j) < at(b, j);
};
const TOTAL = RELEASE_COLUMNS.indexOf('total');

/** The cells of every grouping and the relations between them. */
export function releaseGrid(laos: LaoFigures[]): ReleaseGrid {
  const groups: Omit<ReleaseGroup, 'cells'>[] = [];
  const index = new Map<string, number>();
  const group = (level: ReleaseLevel, key: string, label: string, provinceCode: string | null): number => {
    const id = `${level}:${key}`;
    let g = index.get(id);
    if (g === undefined) {
      g = groups.length;
      groups.push({ level, key, label, provinceCode });
      index.set(id, g);
    }
    return g;
  };
  const sorted = [...laos].sort((a, b) => a.code.localeCompare(b.code));
  const laoGroup = sorted.map((l) => group('lao', l.code, l.label, l.provinceCode));
  const crossGroup = sorted.map((l) => group('cross', `${l.provinceCode}:${l.laoType}`, l.laoTypeLabel, l.provinceCode));
  const provinceGroup = sorted.map((l) => group('province', l.provinceCode, l.provinceLabel, l.provinceCode));
  const typeGroup = sorted.map((l) => group('laoType', l.laoType, l.laoTypeLabel, null));
  const nation = group('nation', 'TH', 'ประเทศไทย', null);

  const size = groups.length * WIDTH;
  const persons = new Array<number>(size).fill(0);
  const satang = new Array<number>(size).fill(0);
  sorted.forEach((l, i) => {
    for (const g of [at(laoGroup, i), at(crossGroup, i), at(provinceGroup, i), at(typeGroup, i), nation]) {
      RELEASE_COLUMNS.forEach((c, k) => {
        persons[g * WIDTH + k] = at(persons, g * WIDTH + k) + l.cells[c].persons;
        satang[g * WIDTH + k] = at(satang, g * WIDTH + k) + l.cells[c].satang;
      });
    }
  });

  // Parts of each aggregate, as group indices.
  const children = new Map<number, Set<number>>();
  const link = (parent: number, child: number): void => {
    const set = children.get(parent) ?? new Set<number>();
    set.add(child);
    children.set(parent, set);
  };
  const byType = new Map<number, Set<number>>();
  sorted.forEach((_, i) => {
    link(at(crossGroup, i), at(laoGroup, i));
    link(at(provinceGroup, i), at(crossGroup, i));
    const set = byType.get(at(typeGroup, i)) ?? new Set<number>();
    set.add(at(crossGroup, i));
    byType.set(at(typeGroup, i), set);
  });
  const lines: Line[] = [];
  const modelLines: boolean[] = [];
  const geography = (parent: number, parts: Iterable<number>): void => {
    const list = [...parts];
    for (let k = 0; k < WIDTH; k += 1) {
      lines.push({ whole: parent * WIDTH + k, parts: list.map((g) => g * WIDTH + k) });
      modelLines.push(false);
    }
  };
  // Bottom-up, so that protection is found as low as possible first.
  for (const [parent, parts] of children) if (at(groups, parent).level === 'cross') geography(parent, parts);
  for (const [parent, parts] of children) if (at(groups, parent).level === 'province') geography(parent, parts);
  for (const [parent, parts] of byType) geography(parent, parts);
  if (sorted.length > 0) {
    geography(nation, new Set(provinceGroup));
    geography(nation, new Set(typeGroup));
  }
  groups.forEach((_, g) => {
    lines.push({ whole: g * WIDTH + TOTAL, parts: RELEASE_COLUMNS.map((_, k) => g * WIDTH + k).filter((_, k) => k !== TOTAL) });
    modelLines.push(true);
  });
  const primary = persons.map((p) => p > 0 && p < MINIMUM_CELL);
  return { groups, persons, satang, lines, modelLines, hidden: [...primary], primary };
}

/**
 * Primary and complementary suppression over the whole release, to a fixpoint.
 * Each hidden cell carries a protection requirement: half its persons and half its income for a
 * primary (the ±50 % the audit asks for), inherited by the complements chosen for it. In every
 * relation whose whole is published, each hidden part must be matched by other hidden parts
 * worth at least its requirement (so it can move by that much, the others moving against it);
 * in every relation whose whole is hidden, the hidden parts must be worth the whole's
 * requirement (or the whole is the sum of published parts). A missing complement is the
 * published part that closes most relations at once (fewest new lone cells), then the smallest
 * one that is enough; when no part is left, the whole is hidden and the rule moves up a level.
 */
export function suppress(grid: ReleaseGrid, narrowed?: (grid: ReleaseGrid) => number[]): ReleaseGrid {
  const { persons, satang, lines } = grid;
  const hidden = [...grid.hidden];
  const needP = persons.map((p, k) => (hidden[k] ? p / 2 : 0));
  const needY = satang.map((y, k) => (hidden[k] ? y / 2 : 0));
  const asPart: number[][] = persons.map(() => []);
  const asWhole: number[][] = persons.map(() => []);
  lines.forEach((line, i) => {
    at(asWhole, line.whole).push(i);
    for (const p of line.parts) at(asPart, p).push(i);
  });
  // Hidden persons and income per line, kept as cells are hidden.
  const sumP = lines.map((l) => l.parts.reduce((a, p) => a + (hidden[p] ? at(persons, p) : 0), 0));
  const sumY = lines.map((l) => l.parts.reduce((a, p) => a + (hidden[p] ? at(satang, p) : 0), 0));
  const count = lines.map((l) => l.parts.filter((p) => hidden[p]).length);

  const queue: number[] = lines.map((_, i) => i);
  const queued = lines.map(() => true);
  const push = (i: number): void => {
    if (!queued[i]) {
      queued[i] = true;
      queue.push(i);
    }
  };
  const hide = (k: number, p: number, y: number): void => {
    needP[k] = Math.max(at(needP, k), p);
    needY[k] = Math.max(at(needY, k), y);
    if (!hidden[k]) {
      hidden[k] = true;
      for (const i of at(asPart, k)) {
        sumP[i] = at(sumP, i) + at(persons, k);
        sumY[i] = at(sumY, i) + at(satang, k);
        count[i] = at(count, i) + 1;
      }
    }
    for (const i of [...at(asPart, k), ...at(asWhole, k)]) push(i);
  };
  /** Relations that hiding cell k would leave with a lone hidden part or a whole that is a sum. */
  const opened = (k: number, except: number): number => {
    let n = 0;
    for (const i of at(asPart, k)) if (i !== except && !hidden[at(lines, i).whole] && count[i] === 0) n += 1;
    for (const i of at(asWhole, k)) if (i !== except && count[i] === 0) n += 1;
    return n;
  };
  const complement = (line: number, wantP: number, wantY: number): number | null => {
    let best: number | null = null;
    let bestScore: [number, number, number] = [Infinity, Infinity, Infinity];
    for (const k of at(lines, line).parts) {
      if (hidden[k] || persons[k] === 0) continue;
      const enough = at(persons, k) >= wantP && at(satang, k) >= wantY;
      const score: [number, number, number] = [enough ? 0 : 1, opened(k, line), enough ? at(persons, k) : -at(persons, k)];
      if (score[0] < bestScore[0] || (score[0] === bestScore[0] && (score[1] < bestScore[1] || (score[1] === bestScore[1] && score[2] < bestScore[2])))) {
        best = k;
        bestScore = score;
      }
    }
    return best;
  };

  /** Cell k must be able to move by up to `p` persons and `y` satang (never more than it holds). */
  const require = (k: number, p: number, y: number): void => {
    const wantP = Math.min(p, at(persons, k));
    const wantY = Math.min(y, at(satang, k));
    if (wantP <= at(needP, k) && wantY <= at(needY, k)) return;
    needP[k] = Math.max(at(needP, k), wantP);
    needY[k] = Math.max(at(needY, k), wantY);
    for (const i of [...at(asPart, k), ...at(asWhole, k)]) push(i);
  };

  const settle = (): void => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      queued[i] = false;
      const line = at(lines, i);
      if (count[i] === 0 && !hidden[line.whole]) continue;
      if (!hidden[line.whole]) {
        for (const h of line.parts) {
          if (!hidden[h]) continue;
          const wantP = at(needP, h) - (at(sumP, i) - at(persons, h));
          const wantY = at(needY, h) - (at(sumY, i) - at(satang, h));
          if (wantP <= 0 && wantY <= 0) {
            // The other hidden parts move against h: each of them must be free to move that far too.
            for (const o of line.parts) if (o !== h && hidden[o]) require(o, at(needP, h), at(needY, h));
            continue;
          }
          const k = complement(i, wantP, wantY) ?? line.whole;
          hide(k, at(needP, h), at(needY, h));
          push(i);
          break;
        }
      } else {
        const w = line.whole;
        // A hidden part may move with its hidden whole; then the whole must be free to move as far.
        for (const h of line.parts) if (hidden[h]) require(w, at(needP, h), at(needY, h));
        if (at(count, i) > 0) for (const h of line.parts) if (hidden[h]) require(h, at(needP, w), at(needY, w));
        const wantP = at(needP, w) - at(sumP, i);
        const wantY = at(needY, w) - at(sumY, i);
        if ((wantP > 0 || wantY > 0) && (at(persons, w) > 0 || at(satang, w) > 0)) {
          const k = complement(i, wantP, wantY);
          if (k !== null) {
            hide(k, at(needP, w), at(needY, w));
            push(i);
          }
        }
      }
    }
  };

  // A group with one part is the same cell as that part: compare relations through these identities.
  const same = persons.map((_, k) => k);
  const canon = (k: number): number => (same[k] === k ? k : (same[k] = canon(at(same, k))));
  lines.forEach((l) => {
    if (l.parts.length === 1) same[canon(l.whole)] = canon(at(l.parts, 0));
  });
  /**
   * Two relations with published wholes, the hidden parts of one among those of the other: their
   * difference is a relation too, and must not leave a lone hidden part (a province total that is
   * the nation less the other provinces, those being exactly the LAOs of one published type).
   */
  const differences = (): boolean => {
    const hiddenOf = lines.map((l) => (hidden[l.whole] ? null : new Set(l.parts.filter((p) => hidden[p]).map(canon))));
    const byCell = new Map<number, number[]>();
    hiddenOf.forEach((set, i) => set?.forEach((k) => byCell.set(k, [...(byCell.get(k) ?? []), i])));
    for (const [, list] of byCell) {
      for (const a of list) {
        for (const b of list) {
          const A = hiddenOf[a];
          const B = hiddenOf[b];
          if (!A || !B || a === b || B.size >= A.size || [...B].some((k) => !A.has(k))) continue;
          const rest = [...A].filter((k) => !B.has(k));
          if (rest.length !== 1) continue;
          const lone = at(lines, a).parts.find((p) => hidden[p] && canon(p) === rest[0]);
          if (lone === undefined) continue;
          const inB = new Set(at(lines, b).parts.map(canon));
          const candidates = at(lines, a).parts.filter((p) => !hidden[p] && at(persons, p) > 0 && !inB.has(canon(p)));
          const k = candidates.sort((x, y) => opened(x, a) - opened(y, a) || at(persons, x) - at(persons, y))[0] ?? at(lines, a).whole;
          hide(k, at(needP, lone), at(needY, lone));
          return true;
        }
      }
    }
    return false;
  };
  /**
   * One more hidden cell near hidden cell d: a published cell of one of its relations (a part
   * before a whole; for a narrowed cell, one that can move by d's requirement first; then one
   * that opens fewest others, then the smallest); when all of them are hidden, of the relations
   * of those hidden cells, and so on outwards. Returns whether a cell was hidden.
   */
  const hideNear = (d: number, preferEnough: boolean): boolean => {
    const seenCells = new Set<number>([d]);
    const seenLines = new Set<number>();
    let frontier = [d];
    let best: number | null = null;
    while (best === null && frontier.length > 0) {
      let bestScore: number[] = [];
      const next: number[] = [];
      for (const c of frontier) {
        for (const i of [...at(asPart, c), ...at(asWhole, c)]) {
          if (seenLines.has(i)) continue;
          seenLines.add(i);
          const line = at(lines, i);
          for (const k of [...line.parts, line.whole]) {
            if (hidden[k]) {
              if (!seenCells.has(k)) next.push(k);
              seenCells.add(k);
              continue;
            }
            if (persons[k] === 0 && satang[k] === 0) continue;
            const enough = at(persons, k) >= at(needP, d) && at(satang, k) >= at(needY, d);
            const score = [k === line.whole ? 1 : 0, preferEnough && !enough ? 1 : 0, opened(k, i), at(persons, k)];
            if (best === null || before(score, bestScore)) {
              best = k;
              bestScore = score;
            }
          }
        }
      }
      frontier = next;
    }
    if (best === null || hidden[best]) return false;
    hide(best, at(needP, d), at(needY, d));
    return true;
  };
  /** Hidden cells that the relations pin exactly, however they are combined (income over the models included). */
  const repairDetermined = (): boolean => {
    let repaired = false;
    for (const d of determinedCells(lines, hidden)) repaired = hideNear(d, false) || repaired;
    return repaired;
  };
  /** Primaries that the attacker's LP narrows below ±50 %: each gets one more hidden cell beside it. */
  const repairNarrowed = (): boolean => {
    if (!narrowed) return false;
    let repaired = false;
    for (const d of narrowed({ ...grid, hidden })) repaired = hideNear(d, true) || repaired;
    return repaired;
  };
  do {
    do settle();
    while (differences() || repairDetermined());
  } while (repairNarrowed());
  return { ...grid, hidden };
}

/**
 * Suppression with the attacker's LP in the loop: no primary cell of the result can be narrowed
 * below ±50 % by everything published (decision 0020).
 */
export function suppressAudited(grid: ReleaseGrid, highs: Highs): ReleaseGrid {
  const cache = new Map<string, number[]>();
  return suppress(grid, (g) => narrowPrimaries(highs, g, cache));
}

/** The protected release: published cells with their figures, hidden cells blank. */
export function protectRelease(laos: LaoFigures[], highs: Highs): ReleaseGroup[] {
  const grid = suppressAudited(releaseGrid(laos), highs);
  return grid.groups.map((g, gi) => ({
    ...g,
    cells: Object.fromEntries(
      RELEASE_COLUMNS.map((c, k) => {
        const i = gi * WIDTH + k;
        const cell: StatisticsCell = grid.hidden[i] ? { persons: null, income: null, suppressed: true } : { persons: at(grid.persons, i), income: at(grid.satang, i) / 100, suppressed: false };
        return [c, cell];
      }),
    ) as Record<ReleaseColumn, StatisticsCell>,
  }));
}
