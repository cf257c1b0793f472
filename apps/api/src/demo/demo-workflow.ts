import type { INestApplicationContext } from '@nestjs/common';
import type { RequestContext } from '../common/request-context';
import { StipendsService } from '../caregivers/stipends.service';
import { ReportsService } from '../reports/reports.service';
import { UsersRepository } from '../users/users.repository';
import { DEMO_STIPENDS } from './demo-seed';

/** Who submits and who approves each demo LAO's reports. */
const DEMO_APPROVERS: [staff: string, admin: string][] = [
  ['staff@khlaengkachet.demo', 'admin@khlaengkachet.demo'],
  ['staff@lamnarai.demo', 'admin@lamnarai.demo'],
  ['staff@maesai.demo', 'admin@maesai.demo'],
];

/**
 * What the demo does through the running app's services, inside TenantDb.run as the app role and
 * with the rules any user meets: the caregivers' stipends are generated and paid month by month,
 * then the demo LAOs' 2568 reports, fiscal and calendar, are submitted by staff and approved by the
 * admin, so the DLA's demo account sees statistics on first start.
 */
export async function seedDemoThroughServices(app: INestApplicationContext): Promise<void> {
  const users = app.get(UsersRepository);
  const stipends = app.get(StipendsService);
  const reports = app.get(ReportsService);
  const contextOf = async (email: string): Promise<RequestContext> => {
    const found = await users.findByEmail(email);
    if (!found) throw new Error(`demo account ${email} missing`);
    const { view } = found;
    return { userId: view.id, role: view.role, orgUnitId: view.orgUnit.id, laoId: view.orgUnit.id, provinceCode: view.orgUnit.provinceCode, ip: '127.0.0.1' };
  };
  for (const { staff, months } of DEMO_STIPENDS) {
    const ctx = await contextOf(staff);
    for (const [month, paidOn] of months) {
      const { created } = await stipends.generate(ctx, { month });
      if (!paidOn) continue;
      for (const stipend of created) await stipends.markPaid(ctx, stipend.id, { paidOn });
    }
  }
  for (const [staff, admin] of DEMO_APPROVERS) {
    for (const yearType of ['fiscal', 'calendar'] as const) {
      await reports.submit(await contextOf(staff), 2568, yearType);
      await reports.approve(await contextOf(admin), 2568, yearType);
    }
  }
}
