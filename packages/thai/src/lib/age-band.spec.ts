import { AGE_BANDS, ageBandOf, monthlyAllowanceBaht } from './age-band';

describe('age bands', () => {
  it.each([
    [59, null],
    [60, '60-69'],
    [69, '60-69'],
    [70, '70-79'],
    [80, '80-89'],
    [89, '80-89'],
    [90, '90+'],
    [105, '90+'],
    [NaN, null],
  ])('%p → %p', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });

  it('allowance per band', () => {
    expect(AGE_BANDS.map(monthlyAllowanceBaht)).toEqual([600, 700, 800, 1000]);
  });
});
