import { at } from '../common/arrays';
import type { Client } from 'pg';
import {
  SCHOOL_SUBJECTS, sessionDates,
  type CourseKind, type FollowUpOutcome, type IncomeSource, type JobField, type PhysicalDemand, type ProductCategory, type SalesChannel, type SchoolSubject,
  type WisdomBranch,
} from '@elderwork/contracts';
import { monthsOf } from '@elderwork/thai';
import { seededRandom } from './demo-people';

interface DemoCourse {
  kind: CourseKind;
  title: string;
  subjects: SchoolSubject[];
  jobFields: JobField[];
  startDate: string;
  endDate: string;
  weekdays: number[];
  startTime: string;
  hours: number;
  partners: string[];
  place: string;
  /** Elder indices. */
  students: number[];
  /** Share of sessions each student attends (default 0.9); below 0.8 they do not graduate. */
  attendance: Record<number, number>;
  cancelled: { date: string; note: string }[];
  followUps: [elder: number, outcome: FollowUpOutcome, note: string][];
}

interface DemoProduct {
  name: string;
  category: ProductCategory;
  unit: string;
  price: number;
  /** Index into courses. */
  course: number | null;
  makers: number[];
}

/** An elder's monthly income line over the demo year: base amount, varied deterministically. */
interface DemoIncome {
  elder: number;
  source: IncomeSource;
  /** Index into products. */
  product: number | null;
  channel: SalesChannel;
  base: number;
  /** Only these months of the year (1 = January); default every month. */
  months?: number[];
  /** Index into jobs: service income that followed a placement there. */
  job?: number;
  note?: string;
}

interface DemoJob {
  title: string;
  field: JobField;
  organisation: string;
  place: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  demand: PhysicalDemand;
  slots: number;
  shareable: boolean;
  description: string;
  placements: [elder: number, from: string][];
}

export interface DemoOccupations {
  courses: DemoCourse[];
  products: DemoProduct[];
  /** Months of income: the fiscal year 2569 (October 2568 – September 2569). */
  income: DemoIncome[];
  wisdom: [elder: number, branch: WisdomBranch, title: string, years: number, willingToTeach: boolean, registeredOn: string][];
  jobs: DemoJob[];
}

const FY2569 = monthsOf({ start: '2025-10-01', end: '2026-09-30' });

/**
 * Lam Narai SAO: its elderly school's 2569 term (a Wednesday a week, May–September, all seven
 * subjects), the earlier แฉ่ง processing course whose toothpaste and oil its elders sell, a year of
 * that income, and wisdom-bank entries. Elders 3 onwards (0–2 are the disabled ones).
 */
export const LAM_NARAI_OCCUPATIONS: DemoOccupations = {
  courses: [
    {
      kind: 'occupation_training', title: 'การแปรรูปสมุนไพรแฉ่ง: ยาสีฟันและน้ำมันสมุนไพร', subjects: ['occupation_income'], jobFields: [],
      startDate: '2025-06-02', endDate: '2025-07-21', weekdays: [1], startTime: '13:00', hours: 3,
      partners: ['สำนักงานพัฒนาชุมชนอำเภอชัยบาดาล', 'โรงพยาบาลส่งเสริมสุขภาพตำบลลำนารายณ์'], place: 'ศูนย์เรียนรู้ชุมชนตำบลลำนารายณ์',
      students: [3, 4, 5, 6, 7, 8, 9, 10], attendance: { 10: 0.5 }, cancelled: [], followUps: [[3, 'earning', 'ผลิตยาสีฟันแฉ่งขายที่ตลาดนัด']],
    },
    {
      kind: 'elderly_school', title: 'โรงเรียนผู้สูงอายุ อบต.ลำนารายณ์ ภาคเรียนที่ 1/2569', subjects: [...SCHOOL_SUBJECTS], jobFields: [],
      startDate: '2026-05-06', endDate: '2026-09-30', weekdays: [3], startTime: '09:00', hours: 3,
      partners: ['โรงพยาบาลส่งเสริมสุขภาพตำบลลำนารายณ์', 'ศูนย์ส่งเสริมการเรียนรู้อำเภอชัยบาดาล (กศน.)', 'ชมรมผู้สูงอายุตำบลลำนารายณ์', 'วัดลำนารายณ์'],
      place: 'ศาลาอเนกประสงค์ อบต.ลำนารายณ์',
      students: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], attendance: { 19: 0.6, 20: 0.4 },
      cancelled: [{ date: '2026-08-12', note: 'วันแม่แห่งชาติ' }],
      followUps: [[4, 'teaching', 'วิทยากรสอนทำยาสีฟันแฉ่งให้รุ่นต่อไป'], [5, 'volunteering', 'อาสาสมัครเยี่ยมบ้านผู้สูงอายุติดบ้าน'], [6, 'earning', 'ขายน้ำมันสมุนไพรออนไลน์'], [11, 'none', '']],
    },
  ],
  products: [
    { name: 'ยาสีฟันสมุนไพรแฉ่ง', category: 'herbal', unit: 'หลอด', price: 45, course: 0, makers: [3, 4, 5, 6] },
    { name: 'น้ำมันสมุนไพรแฉ่ง', category: 'herbal', unit: 'ขวด', price: 60, course: 0, makers: [3, 7, 8] },
  ],
  income: [
    { elder: 3, source: 'product', product: 0, channel: 'market', base: 900 },
    { elder: 3, source: 'product', product: 1, channel: 'fair', base: 1500, months: [12, 1, 4, 8] },
    { elder: 4, source: 'product', product: 0, channel: 'shop', base: 700 },
    { elder: 5, source: 'product', product: 0, channel: 'online', base: 450 },
    { elder: 6, source: 'product', product: 0, channel: 'market', base: 600 },
    { elder: 7, source: 'product', product: 1, channel: 'market', base: 800 },
    { elder: 8, source: 'product', product: 1, channel: 'order', base: 1200, months: [10, 11, 12, 1, 2, 3, 5, 7, 9] },
  ],
  wisdom: [
    [9, 'medicine_public_health', 'ยาสมุนไพรพื้นบ้านจากต้นแฉ่ง', 35, true, '2025-02-10'],
    [10, 'industry_handicraft_otop', 'จักสานไม้ไผ่', 40, true, '2023-06-01'],
    [11, 'agriculture', 'ปลูกข้าวโพดและมันสำปะหลัง', 45, false, '2024-12-01'],
  ],
  jobs: [
    {
      title: 'ผู้ช่วยครัวศูนย์พัฒนาเด็กเล็ก อบต.ลำนารายณ์', field: 'food', organisation: 'ศูนย์พัฒนาเด็กเล็ก อบต.ลำนารายณ์', place: 'หมู่ 1',
      weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '13:00', demand: 'light', slots: 2, shareable: false,
      description: 'เตรียมอาหารกลางวันและอาหารว่างให้เด็กเล็ก', placements: [],
    },
  ],
};

/**
 * Khlaeng Kachet: freelance income of elders 27 onwards (0–12 are Section 35's disabled elders,
 * 14–26 and 33 the caregivers demo's), a few local jobs, and wisdom-bank entries — two of them
 * on elders the caregivers demo assessed (25) or engaged (26), so the job matches show ADL and
 * engagement reasons.
 */
export const KHLAENG_KACHET_OCCUPATIONS: DemoOccupations = {
  courses: [],
  products: [
    { name: 'ขนมไทยบ้านกะเฉด', category: 'food', unit: 'ห่อ', price: 25, course: null, makers: [29, 34] },
    { name: 'ตะกร้าสานเส้นพลาสติก', category: 'household_decor', unit: 'ใบ', price: 150, course: null, makers: [30] },
  ],
  income: [
    { elder: 27, source: 'service', product: null, channel: 'order', base: 2500, note: 'รับจ้างตัดเย็บเสื้อผ้า' },
    { elder: 28, source: 'service', product: null, channel: 'order', base: 3200, months: [11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9], job: 0, note: 'ค่าจ้างดูแลสวนทุเรียน' },
    { elder: 29, source: 'product', product: 0, channel: 'market', base: 1800 },
    { elder: 30, source: 'product', product: 1, channel: 'online', base: 1200 },
    { elder: 30, source: 'product', product: 1, channel: 'fair', base: 2000, months: [12, 3, 8] },
    { elder: 31, source: 'product', product: null, channel: 'market', base: 900, note: 'ขายผักสวนครัว' },
    { elder: 32, source: 'service', product: null, channel: 'order', base: 1500, note: 'นวดแผนไทย' },
    { elder: 34, source: 'product', product: 0, channel: 'shop', base: 1000 },
  ],
  wisdom: [
    [25, 'agriculture', 'การทำสวนทุเรียนและมังคุด', 30, true, '2025-08-01'],
    [26, 'social_development_welfare', 'การดูแลผู้สูงอายุในชุมชน', 20, true, '2024-03-15'],
    [29, 'commerce_services', 'ขนมไทยโบราณ', 25, true, '2025-01-20'],
    [30, 'industry_handicraft_otop', 'จักสานเส้นพลาสติก', 15, false, '2023-11-01'],
  ],
  jobs: [
    {
      title: 'ช่วยดูแลสวนทุเรียน (ตัดหญ้า ห่อผล)', field: 'agriculture', organisation: 'วิสาหกิจชุมชนสวนผลไม้บ้านกะเฉด', place: 'บ้านกะเฉด หมู่ 2',
      weekdays: [2, 4], startTime: '07:00', endTime: '11:00', demand: 'moderate', slots: 3, shareable: false,
      description: 'งานเช้า ไม่ต้องปีนต้นไม้ มีที่พักในร่ม', placements: [[28, '2025-11-01']],
    },
    {
      title: 'ผู้ช่วยครัวศูนย์พัฒนาเด็กเล็กเทศบาล', field: 'food', organisation: 'ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลแกลง-กะเฉด', place: 'สำนักงานเทศบาล',
      weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '13:00', demand: 'light', slots: 1, shareable: false,
      description: 'ช่วยเตรียมอาหารกลางวันเด็ก', placements: [],
    },
    {
      title: 'พี่เลี้ยงเด็กหลังเลิกเรียน', field: 'childcare', organisation: 'โรงเรียนวัดกะเฉด', place: 'โรงเรียนวัดกะเฉด',
      weekdays: [1, 2, 3, 4, 5], startTime: '15:00', endTime: '17:00', demand: 'light', slots: 2, shareable: true,
      description: 'ดูแลเด็กระหว่างรอผู้ปกครอง ผลัดกันได้หลายคน', placements: [],
    },
    {
      title: 'ซื้อของและส่งอาหารให้ผู้สูงอายุติดบ้าน', field: 'daily_life_support', organisation: 'เทศบาลตำบลแกลง-กะเฉด', place: 'ทุกหมู่บ้าน',
      weekdays: [1, 3, 5], startTime: '08:00', endTime: '10:00', demand: 'light', slots: 4, shareable: true,
      description: 'งานสั้น เบา แบ่งกันทำตามหมู่บ้าน', placements: [],
    },
  ],
};

/** Amount of a month: base ± up to 20 %, in steps of 5 baht, the same every run. */
const monthlyAmount = (base: number, elder: number, monthIndex: number): number => base + 5 * (((monthIndex * 7 + elder * 3) % 9) - 4) * Math.max(1, Math.round(base / 200));

/** Inserts one LAO's independent-occupations demo, as that LAO (row-level security). */
export async function seedOccupations(client: Client, laoId: string, actorId: string, elderIds: string[], demo: DemoOccupations): Promise<void> {
  const elder = (i: number): string => at(elderIds, i);
  const id = async (sql: string, params: unknown[]): Promise<string> => at((await client.query<{ id: string }>(sql, params)).rows, 0).id;
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.lao_id', $1, true)`, [laoId]);
    const courseIds: string[] = [];
    for (const [ci, c] of demo.courses.entries()) {
      const courseId = await id(
        `INSERT INTO course (lao_id, kind, title, subjects, job_fields, start_date, end_date, weekdays, start_time, hours_per_session, partner_organisations, place, completion_threshold)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0.8) RETURNING id`,
        [laoId, c.kind, c.title, c.subjects, c.jobFields, c.startDate, c.endDate, c.weekdays, c.startTime, c.hours, c.partners, c.place],
      );
      courseIds.push(courseId);
      const enrolments = new Map<number, string>();
      for (const s of c.students) {
        enrolments.set(s, await id(`INSERT INTO course_enrolment (lao_id, course_id, resident_id) VALUES ($1, $2, $3) RETURNING id`, [laoId, courseId, elder(s)]));
      }
      const random = seededRandom(1000 + ci);
      for (const date of sessionDates(c.startDate, c.endDate, c.weekdays)) {
        const cancelled = c.cancelled.find((x) => x.date === date);
        const sessionId = await id(
          `INSERT INTO course_session (lao_id, course_id, date, start_time, hours, cancelled, note) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [laoId, courseId, date, c.startTime, c.hours, Boolean(cancelled), cancelled?.note ?? null],
        );
        if (cancelled) continue;
        for (const s of c.students) {
          if (random() >= (c.attendance[s] ?? 0.9)) continue;
          await client.query(`INSERT INTO course_attendance (lao_id, session_id, enrolment_id) VALUES ($1, $2, $3)`, [laoId, sessionId, enrolments.get(s)]);
        }
      }
      for (const [s, outcome, note] of c.followUps) {
        await client.query(`UPDATE course_enrolment SET follow_up = $2, follow_up_note = $3 WHERE id = $1`, [enrolments.get(s), outcome, note || null]);
      }
    }
    const productIds: string[] = [];
    for (const p of demo.products) {
      const productId = await id(
        `INSERT INTO product (lao_id, name, category, unit, price, course_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [laoId, p.name, p.category, p.unit, p.price, p.course === null ? null : courseIds[p.course]],
      );
      productIds.push(productId);
      for (const m of p.makers) await client.query(`INSERT INTO product_maker (lao_id, product_id, resident_id) VALUES ($1, $2, $3)`, [laoId, productId, elder(m)]);
    }
    for (const [e, branch, title, years, teach, registeredOn] of demo.wisdom) {
      await client.query(
        `INSERT INTO wisdom_registration (lao_id, resident_id, branch, title, years_of_experience, willing_to_teach, registered_on) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [laoId, elder(e), branch, title, years, teach, registeredOn],
      );
    }
    const placementIds: string[][] = [];
    for (const j of demo.jobs) {
      const jobId = await id(
        `INSERT INTO job (lao_id, title, field, organisation, place, weekdays, start_time, end_time, physical_demand, slots, shareable, description)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [laoId, j.title, j.field, j.organisation, j.place, j.weekdays, j.startTime, j.endTime, j.demand, j.slots, j.shareable, j.description],
      );
      const ids: string[] = [];
      for (const [e, from] of j.placements) {
        ids.push(await id(`INSERT INTO job_placement (lao_id, job_id, resident_id, from_date, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [laoId, jobId, elder(e), from, actorId]));
      }
      placementIds.push(ids);
    }
    for (const line of demo.income) {
      for (const [i, month] of FY2569.entries()) {
        if (line.months && !line.months.includes(Number(month.slice(5)))) continue;
        await client.query(
          `INSERT INTO income_record (lao_id, resident_id, month, amount, source, product_id, channel, job_placement_id, note, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [laoId, elder(line.elder), `${month}-01`, monthlyAmount(line.base, line.elder, i).toFixed(2), line.source,
            line.product === null ? null : productIds[line.product], line.channel, line.job === undefined ? null : at(placementIds, line.job)[0], line.note ?? null, actorId],
        );
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
