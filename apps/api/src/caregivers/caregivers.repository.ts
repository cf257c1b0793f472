import { Injectable } from '@nestjs/common';
import { CAREGIVER_RULES, type CaregiverStatus, type CaregiverView, type Sex } from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import { baht } from '../common/money';
import type { TenantTx } from '../database/tenant-db';
import { ACTIVE_DAYS_SQL, ACTIVE_FROM_SQL, AGE_SQL, CURRENT_ON_SQL, MONTHLY_STIPEND_SQL, NAME_SQL, STATUS_SQL } from './caregivers.sql';

interface CaregiverRow {
  id: string;
  resident_id: string;
  resident_name: string;
  national_id: string;
  sex: Sex;
  age: number;
  start_date: string;
  end_date: string | null;
  training_hours: number;
  certified_on: string | null;
  extra_course_hours: number;
  care_manager: string;
  monthly_stipend: string | null;
  effective_stipend: string;
  status: CaregiverStatus;
  active_recipients: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** $1 is today: status and current recipients are as of that day. */
const SELECT = `
  SELECT c.id, c.resident_id, ${NAME_SQL('r')} AS resident_name, r.national_id, r.sex, ${AGE_SQL('r.birth_date', '$1::date')} AS age,
         c.start_date::text, c.end_date::text, c.training_hours, c.certified_on::text, c.extra_course_hours, c.care_manager,
         c.monthly_stipend, ${MONTHLY_STIPEND_SQL('c')} AS effective_stipend, ${STATUS_SQL('c', '$1::date')} AS status,
         (SELECT count(*)::int FROM care_assignment a WHERE a.caregiver_id = c.id AND ${CURRENT_ON_SQL('a', '$1::date')}) AS active_recipients,
         c.version, c.created_at, c.updated_at
  FROM caregiver c JOIN resident r ON r.lao_id = c.lao_id AND r.id = c.resident_id`;

function toView(row: CaregiverRow): CaregiverView {
  return {
    id: row.id,
    resident: { id: row.resident_id, name: row.resident_name, nationalId: row.national_id, sex: row.sex, age: row.age },
    startDate: row.start_date,
    endDate: row.end_date,
    trainingHours: row.training_hours,
    certifiedOn: row.certified_on,
    extraCourseHours: row.extra_course_hours,
    careManager: row.care_manager,
    monthlyStipend: baht(row.effective_stipend),
    monthlyStipendIsDefault: row.monthly_stipend === null,
    status: row.status,
    activeRecipients: row.active_recipients,
    belowMinimum: row.status === 'active' && row.active_recipients < CAREGIVER_RULES.minRecipients,
    atMaximum: row.active_recipients >= CAREGIVER_RULES.maxRecipients,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export interface CaregiverFields {
  startDate: string;
  endDate: string | null;
  trainingHours: number;
  certifiedOn: string | null;
  extraCourseHours: number;
  careManager: string;
  monthlyStipend: number | null;
}

/** What a change of a caregiver's dates or hours must still cover. */
export interface CaregiverBounds {
  /** The earliest assignment start. */
  firstFrom: string | null;
  /** The latest assignment start. */
  lastFrom: string | null;
  lastVisit: string | null;
  /** First day of the latest month with a stipend. */
  lastStipendMonth: string | null;
}

@Injectable()
export class CaregiversRepository {
  async list(tx: TenantTx, today: string, status?: CaregiverStatus): Promise<CaregiverView[]> {
    const rows = await tx.query<CaregiverRow>(
      `SELECT * FROM (${SELECT}) x WHERE ($2::text IS NULL OR x.status = $2) ORDER BY CASE x.status WHEN 'active' THEN 0 WHEN 'in_training' THEN 1 ELSE 2 END, x.resident_name, x.id`,
      [today, status ?? null],
    );
    return rows.map(toView);
  }

  async find(tx: TenantTx, today: string, id: string, lock = false): Promise<CaregiverView | null> {
    if (lock) await tx.query(`SELECT 1 FROM caregiver WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await tx.query<CaregiverRow>(`${SELECT} WHERE c.id = $2`, [today, id]);
    return row ? toView(row) : null;
  }

  /** The first day the caregiver is active (NULL while in training). */
  async activeFrom(tx: TenantTx, id: string): Promise<string | null> {
    const [row] = await tx.query<{ active_from: string | null }>(`SELECT (${ACTIVE_FROM_SQL('c')})::text AS active_from FROM caregiver c WHERE c.id = $1`, [id]);
    return row?.active_from ?? null;
  }

  /** Days of the period on which the caregiver is active. */
  async daysActive(tx: TenantTx, id: string, period: Period): Promise<number> {
    const [row] = await tx.query<{ days: number }>(`SELECT (${ACTIVE_DAYS_SQL('c', '$2::date', '$3::date')})::int AS days FROM caregiver c WHERE c.id = $1`, [id, period.start, period.end]);
    return row?.days ?? 0;
  }

  /** Another engagement of the same elder that shares a day with [start, end] (end NULL: open-ended). */
  async findOverlapping(tx: TenantTx, residentId: string, start: string, end: string | null, exceptId?: string): Promise<string | null> {
    const [row] = await tx.query<{ id: string }>(
      `SELECT id FROM caregiver
       WHERE resident_id = $1 AND ($4::uuid IS NULL OR id <> $4::uuid)
         AND start_date <= coalesce($3::date, 'infinity'::date) AND coalesce(end_date, 'infinity'::date) >= $2::date
       LIMIT 1`,
      [residentId, start, end, exceptId ?? null],
    );
    return row?.id ?? null;
  }

  async insert(tx: TenantTx, residentId: string, f: CaregiverFields): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO caregiver (lao_id, resident_id, start_date, end_date, training_hours, certified_on, extra_course_hours, care_manager, monthly_stipend)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [tx.laoId, residentId, f.startDate, f.endDate, f.trainingHours, f.certifiedOn, f.extraCourseHours, f.careManager, f.monthlyStipend?.toFixed(2) ?? null],
    );
    return row!.id;
  }

  async update(tx: TenantTx, id: string, f: CaregiverFields): Promise<void> {
    await tx.query(
      `UPDATE caregiver SET start_date = $2, end_date = $3, training_hours = $4, certified_on = $5, extra_course_hours = $6, care_manager = $7,
              monthly_stipend = $8, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, f.startDate, f.endDate, f.trainingHours, f.certifiedOn, f.extraCourseHours, f.careManager, f.monthlyStipend?.toFixed(2) ?? null],
    );
  }

  async bounds(tx: TenantTx, id: string): Promise<CaregiverBounds> {
    const [row] = await tx.query<{ first_from: string | null; last_from: string | null; last_visit: string | null; last_stipend: string | null }>(
      `SELECT (SELECT min(from_date)::text FROM care_assignment WHERE caregiver_id = $1) AS first_from,
              (SELECT max(from_date)::text FROM care_assignment WHERE caregiver_id = $1) AS last_from,
              (SELECT max(visited_on)::text FROM care_visit WHERE caregiver_id = $1) AS last_visit,
              (SELECT max(month)::text FROM stipend WHERE caregiver_id = $1) AS last_stipend`,
      [id],
    );
    return { firstFrom: row?.first_from ?? null, lastFrom: row?.last_from ?? null, lastVisit: row?.last_visit ?? null, lastStipendMonth: row?.last_stipend ?? null };
  }

  /** When a caregiver ends, their assignments end with them (on the same day at the latest). */
  async endAssignmentsBy(tx: TenantTx, id: string, endDate: string): Promise<void> {
    await tx.query(
      `UPDATE care_assignment SET to_date = $2, end_reason = coalesce(end_reason, 'อาสาสมัครสิ้นสุดการปฏิบัติงาน')
       WHERE caregiver_id = $1 AND (to_date IS NULL OR to_date > $2)`,
      [id, endDate],
    );
  }
}
