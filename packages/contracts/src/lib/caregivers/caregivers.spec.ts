// No 'reflect-metadata' here on purpose: the web app uses these DTOs without it.
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ADL_ITEM_DEFINITIONS, ADL_ITEMS, adlGroupOf, adlTotalOf } from './adl';
import { CreateAdlAssessmentDto } from './adl.dto';
import { CAREGIVER_RULES, defaultMonthlyStipend, expectedVisitDays, isNoLongerDependent, proratedStipendSatang } from './caregivers';
import { CreateCareVisitDto, CreateCaregiverDto } from './caregivers.dto';
import { parseCeMonth } from './month';

const ITEMS = { feeding: 2, bathing: 0, grooming: 1, dressing: 1, bowels: 2, bladder: 1, toiletUse: 1, transfers: 1, mobility: 0, stairs: 0 };

/** field (dotted for nested) → first failed rule. */
function errorsOf<T extends object>(cls: new () => T, input: object): Record<string, string> {
  const flat = (errors: ValidationError[], parent = ''): [string, string][] =>
    errors.flatMap((e) => {
      const field = parent ? `${parent}.${e.property}` : e.property;
      const own: [string, string][] = e.constraints ? [[field, Object.keys(e.constraints)[0] ?? '']] : [];
      return [...own, ...flat(e.children ?? [], field)];
    });
  return Object.fromEntries(flat(validateSync(plainToInstance(cls, input))));
}

describe('ADL', () => {
  it('has the 10 Barthel items with a total of 20', () => {
    expect(ADL_ITEMS).toHaveLength(10);
    expect(ADL_ITEMS.reduce((sum, item) => sum + ADL_ITEM_DEFINITIONS[item].max, 0)).toBe(20);
    for (const item of ADL_ITEMS) expect(ADL_ITEM_DEFINITIONS[item].scores).toHaveLength(ADL_ITEM_DEFINITIONS[item].max + 1);
  });

  it('groups: ≥ 12 social, 5–11 home-bound, 0–4 bed-bound', () => {
    expect([20, 12, 11, 5, 4, 0].map(adlGroupOf)).toEqual(['social', 'social', 'homebound', 'homebound', 'bedbound', 'bedbound']);
    expect(adlTotalOf(ITEMS)).toBe(9);
    expect(adlTotalOf({ ...ITEMS, stairs: 3 })).toBeNull();
  });

  it('validates items (nested, without reflect-metadata) or a total', () => {
    expect(errorsOf(CreateAdlAssessmentDto, { assessedOn: '2026-03-01', items: ITEMS })).toEqual({});
    expect(errorsOf(CreateAdlAssessmentDto, { assessedOn: '2026-03-01', total: '7' })).toEqual({});
    expect(errorsOf(CreateAdlAssessmentDto, { assessedOn: '2026-03-01', items: { ...ITEMS, transfers: 4 } })).toEqual({ 'items.transfers': 'adlScore' });
    expect(errorsOf(CreateAdlAssessmentDto, { assessedOn: '2026-03-01', items: ITEMS, total: 8 })).toEqual({ total: 'adlTotalMismatch' });
    expect(errorsOf(CreateAdlAssessmentDto, { assessedOn: '2026-03-01' })).toEqual({ total: 'adlItemsOrTotal' });
    // An unanswered item is asked for (one rule, not also the range).
    expect(errorsOf(CreateAdlAssessmentDto, { assessedOn: '2026-03-01', items: { ...ITEMS, stairs: null, bathing: '' } })).toEqual({ 'items.stairs': 'adlScoreRequired', 'items.bathing': 'adlScoreRequired' });
    expect(plainToInstance(CreateAdlAssessmentDto, { assessedOn: '01/03/2569', total: 7 }).assessedOn).toBe('2026-03-01');
  });
});

describe('caregiver rules', () => {
  it('flags an assignment not yet ended whose elder’s latest ADL is above 11', () => {
    const adl = (total: number) => ({ assessedOn: '2026-11-20', total, group: adlGroupOf(total), reassessmentDueOn: '2027-08-20' });
    expect(isNoLongerDependent({ to: null, latestAdl: adl(12) })).toBe(true);
    expect(isNoLongerDependent({ to: null, latestAdl: adl(11) })).toBe(false);
    expect(isNoLongerDependent({ to: '2026-11-20', latestAdl: adl(15) })).toBe(false);
    expect(isNoLongerDependent({ to: null, latestAdl: null })).toBe(false);
  });

  it('stipend: 5,000, or 6,000 from 50 extra course hours', () => {
    expect([0, 49, 50, 120].map(defaultMonthlyStipend)).toEqual([5000, 5000, 6000, 6000]);
  });

  it('pro-rates to the satang, half up', () => {
    expect(proratedStipendSatang(500000, 30, 30)).toBe(500000);
    expect(proratedStipendSatang(500000, 15, 30)).toBe(250000);
    expect(proratedStipendSatang(500000, 20, 30)).toBe(333333);
    expect(proratedStipendSatang(500000, 22, 31)).toBe(354839);
    // 1.01 baht × 14 / 28 = 50.5 satang → 51.
    expect(proratedStipendSatang(101, 14, 28)).toBe(51);
  });

  it('expects 20 visit days in a whole month, pro-rated otherwise', () => {
    expect(expectedVisitDays(31, 31)).toBe(CAREGIVER_RULES.normDaysPerMonth);
    expect(expectedVisitDays(16, 30)).toBe(11);
    expect(expectedVisitDays(0, 30)).toBe(0);
  });

  it('months: CE or BE, YYYY-MM or MM/YYYY', () => {
    expect(['2026-10', '2569-10', '10/2569', '2026-1', ' 2569-01 '].map(parseCeMonth)).toEqual(['2026-10', '2026-10', '2026-10', '2026-01', '2026-01']);
    expect(['2026-13', '2026/10', '26-10', '', 202610].map(parseCeMonth)).toEqual([null, null, null, null, null]);
  });

  it('validates visits and caregivers with Thai messages', () => {
    const visit = { caregiverId: '6f1c2a34-1b2c-4d5e-8f90-1234567890ab', recipientId: '7f1c2a34-1b2c-4d5e-8f90-1234567890ab', visitedOn: '2026-03-01', minutes: 60 };
    expect(errorsOf(CreateCareVisitDto, { ...visit, activities: ['feeding'] })).toEqual({});
    expect(errorsOf(CreateCareVisitDto, { ...visit, minutes: 721, activities: ['feeding', 'feeding'] })).toEqual({ minutes: 'max', activities: 'arrayUnique' });
    const caregiver = plainToInstance(CreateCaregiverDto, { residentId: visit.caregiverId, startDate: '2569-01-01', trainingHours: '70', careManager: ' คุณพยาบาล ', monthlyStipend: '5,500' });
    expect(caregiver).toMatchObject({ startDate: '2026-01-01', trainingHours: 70, careManager: 'คุณพยาบาล', monthlyStipend: 5500 });
    expect(validateSync(caregiver)).toEqual([]);
  });
});
