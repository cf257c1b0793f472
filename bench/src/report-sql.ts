import type { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { periodOf, todayInBangkok } from '@elderwork/thai';
import { TenantTx } from '../../apps/api/src/database/tenant-db';
import { ReportsRepository } from '../../apps/api/src/reports/reports.repository';
import { OrgUnitsRepository } from '../../apps/api/src/org-units/org-units.repository';
import { Section35SummaryRepository } from '../../apps/api/src/section35/section35-summary.repository';
import { CaregiversSummaryRepository } from '../../apps/api/src/caregivers/caregivers-summary.repository';
import { OccupationsSummaryRepository } from '../../apps/api/src/occupations/summary/occupations-summary.repository';

/**
 * The yearly report's SQL without the API: the same statements ReportsService.get issues for a
 * live report (report row, steps, ledger cells, each model's own summary, the LAO's name), through
 * the same repositories, on a bare pg connection in one transaction bound to the LAO.
 */
export async function reportSqlOnly(client: Client, laoId: string, year: number, yearType: 'fiscal' | 'calendar'): Promise<void> {
  const manager = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows } as unknown as EntityManager;
  const tx = new TenantTx(manager, laoId);
  const period = periodOf(year, yearType);
  const reports = new ReportsRepository();
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.lao_id', $1, true)`, [laoId]);
    const stored = await reports.findReport(tx, year, yearType);
    if (stored) await reports.steps(tx, stored.id);
    await reports.cells(tx, period);
    await new Section35SummaryRepository().summary(tx, year, yearType, period);
    await new CaregiversSummaryRepository().summary(tx, year, yearType, period);
    await new OccupationsSummaryRepository().summary(tx, year, yearType, period, todayInBangkok());
    await new OrgUnitsRepository().laoHeading(tx);
  } finally {
    await client.query('COMMIT');
  }
}
