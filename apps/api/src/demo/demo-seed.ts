import { Client } from 'pg';
import type { CreateResidentDto, Role } from '@elderwork/contracts';
import { hashPassword } from '../auth/passwords';
import { demoResidents, type DemoOptions } from './demo-people';
import { KHLAENG_KACHET_SECTION35, MAE_SAI_SECTION35, seedSection35, type DemoSection35 } from './demo-section35';
import { KHLAENG_KACHET_OCCUPATIONS, LAM_NARAI_OCCUPATIONS, seedOccupations, type DemoOccupations } from './demo-occupations';
import { KHLAENG_KACHET_CAREGIVERS, MAE_SAI_CAREGIVERS, seedCaregivers, type DemoCaregivers } from './demo-caregivers';

/** Demo only: every demo account has this password (README lists them). */
export const DEMO_PASSWORD = 'elderwork-demo-2569';

interface DemoLao {
  code: string;
  people: DemoOptions;
  /** The account that recorded the LAO's Section 35 work. */
  staff: string;
  section35?: DemoSection35;
  /** Independent occupations: courses, products, income, wisdom bank, jobs (elders after the other demos' ones). */
  occupations?: DemoOccupations;
  /** Local caregiver volunteers, their elders (ADL), visits and stipends; uses elders after the disabled ones. */
  caregivers?: DemoCaregivers;
}

const LAOS: DemoLao[] = [
  // Khlaeng Kachet: the seminar's case; 13 disabled elders for the Section 35 figures.
  {
    code: '5210104',
    people: { seed: 21, count: 40, disabled: 13, idPrefix: '3210', villages: ['บ้านแกลง', 'บ้านกะเฉด', 'บ้านหนองกะบอก', 'บ้านเนินสำราญ', 'บ้านมาบใหญ่'] },
    staff: 'staff@khlaengkachet.demo',
    section35: KHLAENG_KACHET_SECTION35,
    occupations: KHLAENG_KACHET_OCCUPATIONS,
    caregivers: KHLAENG_KACHET_CAREGIVERS,
  },
  {
    code: '6160414',
    people: { seed: 16, count: 25, disabled: 3, idPrefix: '3160', villages: ['บ้านลำนารายณ์', 'บ้านซับตะเคียน', 'บ้านหนองยายโต๊ะ'] },
    staff: 'staff@lamnarai.demo',
    occupations: LAM_NARAI_OCCUPATIONS,
  },
  {
    code: '5570901',
    people: { seed: 57, count: 20, disabled: 2, idPrefix: '3570', villages: ['บ้านเวียงพางคำ', 'บ้านไม้ลุงขน', 'บ้านป่าแดง'] },
    staff: 'staff@maesai.demo',
    section35: MAE_SAI_SECTION35,
    caregivers: MAE_SAI_CAREGIVERS,
  },
];

const ACCOUNTS: { email: string; displayName: string; role: Role; orgType: 'lao' | 'province' | 'dla'; orgCode: string }[] = [
  { email: 'staff@khlaengkachet.demo', displayName: 'เจ้าหน้าที่ กองสวัสดิการสังคม (แกลง-กะเฉด)', role: 'staff', orgType: 'lao', orgCode: '5210104' },
  { email: 'admin@khlaengkachet.demo', displayName: 'ปลัดเทศบาลตำบลแกลง-กะเฉด', role: 'lao_admin', orgType: 'lao', orgCode: '5210104' },
  { email: 'staff@lamnarai.demo', displayName: 'เจ้าหน้าที่ อบต.ลำนารายณ์', role: 'staff', orgType: 'lao', orgCode: '6160414' },
  { email: 'admin@lamnarai.demo', displayName: 'ปลัด อบต.ลำนารายณ์', role: 'lao_admin', orgType: 'lao', orgCode: '6160414' },
  { email: 'admin@maesai.demo', displayName: 'ปลัดเทศบาลตำบลแม่สาย', role: 'lao_admin', orgType: 'lao', orgCode: '5570901' },
  { email: 'staff@maesai.demo', displayName: 'เจ้าหน้าที่ เทศบาลตำบลแม่สาย', role: 'staff', orgType: 'lao', orgCode: '5570901' },
  { email: 'officer@rayong.demo', displayName: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดระยอง', role: 'province_officer', orgType: 'province', orgCode: '21' },
  { email: 'officer@dla.demo', displayName: 'กรมส่งเสริมการปกครองท้องถิ่น', role: 'dla_officer', orgType: 'dla', orgCode: 'DLA' },
];

/** Each demo LAO's staff account and the months of stipends it generates (and pays) through the app. */
/** The first demo account: present once the demo is seeded. */
const DEMO_STAFF_EMAIL = 'staff@khlaengkachet.demo';

export const DEMO_STIPENDS: { staff: string; months: DemoCaregivers['stipends'] }[] = LAOS.flatMap((lao) =>
  lao.caregivers ? [{ staff: lao.staff, months: lao.caregivers.stipends }] : [],
);

export async function orgUnitId(client: Client, type: string, code: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>('SELECT id FROM org_unit WHERE type = $1 AND code = $2', [type, code]);
  if (!rows[0]) throw new Error(`org unit ${type} ${code} not found`);
  return rows[0].id;
}

export async function insertUser(
  client: Client,
  user: { email: string; displayName: string; role: Role; orgUnitId: string; password: string },
): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO app_user (email, display_name, password_hash, role, org_unit_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [user.email, user.displayName, await hashPassword(user.password), user.role, user.orgUnitId],
  );
  return idOf(rows, user.email);
}

/** The id a `RETURNING id` insert gave back. */
function idOf(rows: { id: string }[], what: string): string {
  const [row] = rows;
  if (!row) throw new Error(`demo: ${what} not inserted`);
  return row.id;
}

/** Inserts residents of one LAO (row-level security applies to the owner too: set the LAO first). */
export async function insertResidents(client: Client, laoId: string, residents: CreateResidentDto[]): Promise<string[]> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.lao_id', $1, true)`, [laoId]);
    const ids: string[] = [];
    for (const r of residents) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO resident (lao_id, national_id, prefix, first_name, last_name, sex, birth_date, house_no, moo, village, phone,
                               disability_type, disability_card_issued_on, living_alone, legal_basis)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [laoId, r.nationalId, r.prefix, r.firstName, r.lastName, r.sex, r.birthDate, r.houseNo ?? null, r.moo ?? null, r.village ?? null,
          r.phone ?? null, r.disabilityType ?? null, r.disabilityCardIssuedOn ?? null, r.livingAlone ?? false, r.legalBasis],
      );
      ids.push(idOf(rows, r.nationalId));
    }
    await client.query('COMMIT');
    return ids;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Seeds the demo LAOs' accounts and elders once; returns false when they are already there. */
export async function seedDemo(ownerUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const seeded = await client.query('SELECT 1 FROM app_user WHERE email = $1', [DEMO_STAFF_EMAIL]);
    if (seeded.rowCount) return false;
    const userIds = new Map<string, string>();
    for (const account of ACCOUNTS) {
      const id = await insertUser(client, { ...account, password: DEMO_PASSWORD, orgUnitId: await orgUnitId(client, account.orgType, account.orgCode) });
      userIds.set(account.email, id);
    }
    for (const lao of LAOS) {
      const laoId = await orgUnitId(client, 'lao', lao.code);
      const staffId = userIds.get(lao.staff);
      if (!staffId) throw new Error(`demo: account ${lao.staff} missing`);
      // demoResidents puts the disabled elders first.
      const ids = await insertResidents(client, laoId, demoResidents(lao.people));
      if (lao.section35) await seedSection35(client, laoId, staffId, ids.slice(0, lao.people.disabled), lao.section35);
      if (lao.occupations) await seedOccupations(client, laoId, staffId, ids, lao.occupations);
      if (lao.caregivers) await seedCaregivers(client, laoId, staffId, ids, lao.caregivers);
    }
    return true;
  } finally {
    await client.end();
  }
}
