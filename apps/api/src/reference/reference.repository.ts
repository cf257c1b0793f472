import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Section35RateView } from '@elderwork/contracts';
import { baht } from '../common/money';

interface RateRow {
  year: number;
  daily_rate: string;
  updated_at: Date;
}

const toRate = (row: RateRow): Section35RateView => ({
  year: row.year,
  dailyRate: baht(row.daily_rate),
  // DEP counts 365 days in every year.
  annualValue: baht(Number(row.daily_rate) * 365),
  updatedAt: row.updated_at.toISOString(),
});

const THAI_ORDER = new Intl.Collator('th');

/** Reference tables shared by every LAO (no tenant): provinces and the Section 35 rates. */
@Injectable()
export class ReferenceRepository {
  constructor(private readonly db: DataSource) {}

  /** Every province, in Thai dictionary order (the database's collation may sort by code point). */
  async provinces(): Promise<{ code: string; name: string }[]> {
    const rows = (await this.db.query(`SELECT code, name FROM org_unit WHERE type = 'province'`)) as { code: string; name: string }[];
    return rows.sort((a, b) => THAI_ORDER.compare(a.name, b.name));
  }

  async provinceExists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM org_unit WHERE type = 'province' AND code = $1`, [code]);
    return rows.length > 0;
  }

  async rates(): Promise<Section35RateView[]> {
    return ((await this.db.query(`SELECT year, daily_rate, updated_at FROM section35_rate ORDER BY year`)) as RateRow[]).map(toRate);
  }

  async putRate(year: number, dailyRate: number, userId: string): Promise<Section35RateView> {
    const [row] = (await this.db.query(
      `INSERT INTO section35_rate (year, daily_rate, updated_by, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (year) DO UPDATE SET daily_rate = EXCLUDED.daily_rate, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING year, daily_rate, updated_at`,
      [year, dailyRate.toFixed(2), userId],
    )) as RateRow[];
    return toRate(row!);
  }
}
