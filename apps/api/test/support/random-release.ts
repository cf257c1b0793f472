import fc from 'fast-check';
import { RELEASE_COLUMNS, type LaoFigures, type RawCell, type ReleaseColumn } from '../../src/reports/statistics-release';

const TYPES = ['city_municipality', 'town_municipality', 'subdistrict_municipality', 'sao', 'pao'];

/** One LAO: each model 0–9 persons (mostly small), income per person 1,000–150,000 baht; the total counts an elder in two models once. */
const lao = fc.record({
  province: fc.integer({ min: 10, max: 13 }),
  type: fc.integer({ min: 0, max: TYPES.length - 1 }),
  models: fc.array(fc.record({ persons: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 9 })), perPerson: fc.integer({ min: 100_000, max: 15_000_000 }) }), { minLength: 3, maxLength: 3 }),
  overlap: fc.integer({ min: 0, max: 2 }),
});

/** Random national data with small LAOs (1–`max` of them), as the release's input. */
export function randomLaos(max = 14): fc.Arbitrary<LaoFigures[]> {
  return fc.array(lao, { minLength: 1, maxLength: max }).map((list) =>
    list.map((l, i): LaoFigures => {
      const cells = {} as Record<ReleaseColumn, RawCell>;
      l.models.forEach((m, k) => (cells[RELEASE_COLUMNS[k]!] = { persons: m.persons, satang: m.persons * m.perPerson }));
      const persons = l.models.map((m) => m.persons);
      const sum = persons.reduce((a, b) => a + b, 0);
      const total = Math.max(Math.max(...persons), sum - l.overlap);
      cells.total = { persons: total, satang: l.models.reduce((a, m) => a + m.persons * m.perPerson, 0) };
      return {
        code: `${l.province}${String(i).padStart(5, '0')}`,
        label: `อปท. ${i}`,
        provinceCode: String(l.province),
        provinceLabel: `จังหวัด ${l.province}`,
        laoType: TYPES[l.type]!,
        laoTypeLabel: TYPES[l.type]!,
        cells,
      };
    }),
  );
}
