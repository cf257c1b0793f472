import type { INestApplicationContext } from '@nestjs/common';
import type { RequestContext } from '../../common/request-context';
import { ReportsService } from '../../reports/reports.service';
import { UsersRepository } from '../../users/users.repository';

/** Who submits and who approves each demo LAO's reports. */
const DEMO_APPROVERS: [staff: string, admin: string][] = [
  ['staff@khlaengkachet.demo', 'admin@khlaengkachet.demo'],
  ['staff@lamnarai.demo', 'admin@lamnarai.demo'],
  ['staff@maesai.demo', 'admin@maesai.demo'],
];

/**
 * The demo LAOs' 2568 reports, fiscal and calendar, submitted by staff and approved by the
 * admin through the real workflow, so the DLA's demo account sees statistics on first start.
 */
export async function approveDemoReports(app: INestApplicationContext): Promise<void> {
  const users = app.get(UsersRepository);
  const reports = app.get(ReportsService);
  const contextOf = async (email: string): Promise<RequestContext> => {
    const found = await users.findByEmail(email);
    if (!found) throw new Error(`demo account ${email} missing`);
    const { view } = found;
    return { userId: view.id, role: view.role, orgUnitId: view.orgUnit.id, laoId: view.orgUnit.id, provinceCode: view.orgUnit.provinceCode, ip: '127.0.0.1' };
  };
  for (const [staff, admin] of DEMO_APPROVERS) {
    for (const yearType of ['fiscal', 'calendar'] as const) {
      await reports.submit(await contextOf(staff), 2568, yearType);
      await reports.approve(await contextOf(admin), 2568, yearType);
    }
  }
}
