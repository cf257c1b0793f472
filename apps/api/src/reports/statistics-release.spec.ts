import fc from 'fast-check';
import { audit, knowledgeOf, narrow } from '../../test/support/disclosure-audit';
import { COLUMNS, protectRelease, type LaoFigures } from './statistics-release';

/** An LAO with persons per model, a few overlapping; income per person varies. */
const lao = (key: number) => fc.record({
  province: fc.constantFrom('10', '20', '30'),
  laoType: fc.constantFrom('sao', 'subdistrict_municipality', 'town_municipality'),
  persons: fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9)),
  overlap: fc.nat(2),
  perPerson: fc.tuple(fc.integer({ min: 1000, max: 150000 }), fc.integer({ min: 0, max: 40000 }), fc.integer({ min: 0, max: 60000 })),
}).map(({ province, laoType, persons, overlap, perPerson }): LaoFigures => {
  const [s, c, o] = persons;
  const income = persons.map((p, i) => p * perPerson[i]!);
  const total = Math.max(s, c, o, s + c + o - overlap);
  return { key: `L${key}`, province, laoType, cells: {
    section35: { persons: s, income: income[0]! }, caregiver: { persons: c, income: income[1]! }, occupation: { persons: o, income: income[2]! },
    total: { persons: total, income: income[0]! + income[1]! + income[2]! },
  } };
});
const nation = fc.integer({ min: 1, max: 14 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => lao(i))));

describe('the protected release of linked statistics tables', () => {
  it('no hidden cell can be narrowed by linear programming over every grouping (random national data, small LAOs)', () => {
    fc.assert(fc.property(nation, (laos) => {
      const release = protectRelease(laos);
      const knowledge = knowledgeOf(release);
      expect(narrow(knowledge, audit(knowledge))).toEqual([]);
    }), { numRuns: 40 });
  });

  it('hides every cell of 1–4 persons and publishes the rest where nothing needs hiding', () => {
    const laos = [0, 1, 2].map((i): LaoFigures => ({ key: `L${i}`, province: '10', laoType: 'sao', cells: {
      section35: { persons: i === 0 ? 3 : 20, income: i === 0 ? 300 : 2000 }, caregiver: { persons: 10, income: 100 }, occupation: { persons: 10, income: 100 }, total: { persons: i === 0 ? 23 : 40, income: i === 0 ? 500 : 2200 },
    } }));
    const release = protectRelease(laos);
    expect(release.primary).toEqual(new Set(['lao:L0/section35']));
    expect(release.hidden.has('lao:L0/section35')).toBe(true);
    // The LAO-type, province and national figures stay published: the move stays inside the cross.
    for (const g of ['cross:10|sao', 'province:10', 'laoType:sao', 'nation:TH']) for (const c of COLUMNS) expect(release.hidden.has(`${g}/${c}`)).toBe(false);
    const knowledge = knowledgeOf(release);
    expect(narrow(knowledge, audit(knowledge))).toEqual([]);
  });
});
