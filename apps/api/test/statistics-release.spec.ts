import type { Statistics, StatisticsGroup } from '@elderwork/contracts';
import { groupId, groupsOf, COLUMNS, type LaoFigures } from '../src/reports/statistics-release';
import { audit, knowledgeOf, narrow } from './support/disclosure-audit';
import { TestApp } from './support/test-app';

/**
 * Issue 12, finding 3: fiscal 2569 approved in the three demo LAOs (Khlaeng Kachet and Mae Sai are
 * subdistrict municipalities; Mae Sai a small LAO of 4 persons). Everything the DLA officer and the
 * three provincial officers can read, across every grouping, goes into one LP; no hidden cell may
 * come out narrow, and the subtractions of the finding no longer give anything away.
 */
const FIGURES: Record<string, Record<string, [number, number]>> = {
  '5210104': { section35: [13, 670683], caregiver: [3, 24500], occupation: [13, 206790], total: [25, 901973] },
  '6160414': { section35: [0, 0], caregiver: [0, 0], occupation: [16, 268418], total: [16, 268418] },
  '5570901': { section35: [2, 120450], caregiver: [2, 82100.39], occupation: [0, 0], total: [4, 202550.39] },
};

describe('statistics released from one protected release (issue 12, finding 3)', () => {
  let t: TestApp;
  let laos: LaoFigures[];

  beforeAll(async () => {
    t = await TestApp.start();
    laos = [];
    for (const [code, models] of Object.entries(FIGURES)) {
      const { rows: [lao] } = await t.owner.query<{ id: string; province_code: string; lao_type: string }>(`SELECT id, province_code, lao_type FROM org_unit WHERE type = 'lao' AND code = $1`, [code]);
      for (const [model, [persons, income]] of Object.entries(models)) {
        await t.owner.query(`INSERT INTO approved_figure (lao_id, year, year_type, model, province_code, persons, income) VALUES ($1, 2569, 'fiscal', $2, $3, $4, $5)`, [lao!.id, model, lao!.province_code, persons, income]);
      }
      laos.push({ key: code, province: lao!.province_code, laoType: lao!.lao_type, cells: Object.fromEntries(Object.entries(models).map(([m, [persons, income]]) => [m, { persons, income }])) as LaoFigures['cells'] });
    }
  });
  afterAll(() => t.close());

  it('no hidden cell can be unpicked from every table the DLA and the provinces publish', async () => {
    const groups = groupsOf(laos);
    const seen = new Map<string, { persons: number | null; income: number | null; suppressed: boolean }>();
    const read = async (auth: Record<string, string>, province: string | null): Promise<void> => {
      for (const groupBy of ['lao', 'laoType', 'province', 'nation'] as StatisticsGroup[]) {
        const stats = (await t.http.get('/api/statistics').query({ year: 2569, yearType: 'fiscal', groupBy }).set(auth).expect(200)).body as Statistics;
        const whole = province === null ? groupId('nation', 'TH') : groupId('province', province);
        const idOf = (key: string): string =>
          groupBy === 'lao' ? groupId('lao', key) : groupBy === 'laoType' ? (province === null ? groupId('laoType', key) : groupId('cross', `${province}|${key}`))
          : groupBy === 'province' ? groupId('province', key) : whole;
        for (const [id, row] of [...stats.rows.map((r) => [idOf(r.key), r] as const), [whole, stats.total] as const]) {
          for (const c of COLUMNS) {
            const cell = row.models[c]!;
            const key = `${id}/${c}`;
            // Every officer reads the same release: a cell is the same wherever it is shown.
            if (seen.has(key)) expect(cell).toEqual(seen.get(key));
            seen.set(key, cell);
            if (!cell.suppressed) expect({ persons: cell.persons, income: cell.income }).toEqual(groups.get(id)!.cells[c]);
          }
        }
      }
    };
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    await read(dla.auth, null);
    for (const province of new Set(laos.map((l) => l.province))) {
      const officer = await t.user('province_officer', await t.orgUnit('province', province));
      await read(officer.auth, province);
    }
    // Mae Sai's small cells are hidden wherever they would show.
    for (const c of COLUMNS) expect(seen.get(`lao:5570901/${c}`)!.persons === null || FIGURES['5570901']![c]![0] === 0).toBe(true);
    // A cell no officer was shown is unknown to the attacker, like a hidden one.
    const hidden = new Set([...groups.keys()].flatMap((id) => COLUMNS.map((c) => `${id}/${c}`)).filter((k) => seen.get(k)?.suppressed !== false));
    const primary = new Set([...hidden].filter((k) => { const [id, c] = k.split('/') as [string, (typeof COLUMNS)[number]]; const p = groups.get(id)!.cells[c].persons; return p > 0 && p < 5; }));
    const knowledge = knowledgeOf({ groups, hidden, primary });
    const intervals = audit(knowledge);
    expect(narrow(knowledge, intervals)).toEqual([]);
    // The finding's subtraction: subdistrict municipalities − Khlaeng Kachet no longer gives Mae Sai's 4 persons.
    const maeSai = intervals['lao:5570901/total']!;
    expect(maeSai.persons[0]).toBeLessThanOrEqual(2);
    expect(maeSai.persons[1]).toBeGreaterThanOrEqual(6);
  });
});
