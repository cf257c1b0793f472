import { MONEY_LIMITS } from '@elderwork/contracts';
import { TestApp } from './support/test-app';

/** Each money validator's limit equals what its migrated column can hold: numeric(p,s) holds 10^(p−s) − 10^−s. */
const COLUMNS: [keyof typeof MONEY_LIMITS, string, string][] = [
  ['dailyRate', 'section35_rate', 'daily_rate'],
  ['dailyRate', 'placement', 'daily_rate'],
  ['paymentAmount', 'payment', 'amount'],
  ['monthlyStipend', 'caregiver', 'monthly_stipend'],
  ['incomeAmount', 'income_record', 'amount'],
  ['price', 'product', 'price'],
];

describe('money validators follow their columns', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it.each(COLUMNS)('%s fits %s.%s', async (limit, table, column) => {
    const { rows } = await t.owner.query<{ p: number; s: number }>(
      `SELECT numeric_precision AS p, numeric_scale AS s FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`,
      [table, column],
    );
    expect(rows).toHaveLength(1);
    const { p, s } = rows[0]!;
    expect(s).toBe(2);
    expect(MONEY_LIMITS[limit]).toBe(Number((10 ** (p - s) - 10 ** -s).toFixed(s)));
    // And the column really takes it (and refuses a satang more).
    await t.owner.query(`SELECT $1::numeric(${p},${s})`, [MONEY_LIMITS[limit]]);
    await expect(t.owner.query(`SELECT $1::numeric(${p},${s})`, [MONEY_LIMITS[limit] + 0.01])).rejects.toThrow(/overflow/);
  });
});
