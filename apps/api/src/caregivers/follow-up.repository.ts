import { Injectable } from '@nestjs/common';
import { ADL_DEPENDENT_MAX, ADL_REASSESSMENT_MONTHS, CAREGIVER_RULES, adlGroupOf, type CaregiverFollowUp } from '@elderwork/contracts';
import type { Period } from '@elderwork/thai';
import { LATEST_ADL_SQL, REASSESSMENT_DUE_SQL } from '../adl/adl.repository';
import type { TenantTx } from '../database/tenant-db';
import { ACTIVE_DAYS_SQL, ACTIVE_FROM_SQL, CURRENT_ON_SQL, NAME_SQL } from './caregivers.sql';

/** The lists staff follow up on. */
@Injectable()
export class FollowUpRepository {
  /** Elders with a current assignment today whose latest ADL assessment is more than 9 months old. */
  async staleAssessments(tx: TenantTx, today: string): Promise<CaregiverFollowUp['staleAssessments']> {
    const rows = await tx.query<{ recipient_id: string; recipient_name: string; caregiver_id: string; caregiver_name: string; assessed_on: string; total: number; due: string }>(
      `SELECT a.recipient_id, ${NAME_SQL('r')} AS recipient_name, c.id AS caregiver_id, ${NAME_SQL('cr')} AS caregiver_name,
              l.assessed_on::text, l.total, ${REASSESSMENT_DUE_SQL('l.assessed_on')} AS due
       FROM care_assignment a
       JOIN caregiver c ON c.lao_id = a.lao_id AND c.id = a.caregiver_id
       JOIN resident cr ON cr.lao_id = c.lao_id AND cr.id = c.resident_id
       JOIN resident r ON r.lao_id = a.lao_id AND r.id = a.recipient_id
       JOIN LATERAL (${LATEST_ADL_SQL('a.recipient_id')}) l ON true
       WHERE ${CURRENT_ON_SQL('a', '$1::date')} AND l.assessed_on < $1::date - interval '${ADL_REASSESSMENT_MONTHS} months'
       ORDER BY l.assessed_on, recipient_name`,
      [today],
    );
    return rows.map((r) => ({
      recipient: { id: r.recipient_id, name: r.recipient_name },
      caregiver: { id: r.caregiver_id, name: r.caregiver_name },
      lastAssessedOn: r.assessed_on,
      lastTotal: r.total,
      group: adlGroupOf(r.total),
      reassessmentDueOn: r.due,
    }));
  }

  /**
   * Assignments not yet ended whose elder's latest assessment is above the dependent range: the same
   * rule as isNoLongerDependent() in contracts. Flagged only; staff end the assignment (decision 0034).
   */
  async noLongerDependent(tx: TenantTx): Promise<CaregiverFollowUp['noLongerDependent']> {
    const rows = await tx.query<{ id: string; recipient_id: string; recipient_name: string; caregiver_id: string; caregiver_name: string; from_date: string; assessed_on: string; total: number }>(
      `SELECT a.id, a.recipient_id, ${NAME_SQL('r')} AS recipient_name, c.id AS caregiver_id, ${NAME_SQL('cr')} AS caregiver_name,
              a.from_date::text, l.assessed_on::text, l.total
       FROM care_assignment a
       JOIN caregiver c ON c.lao_id = a.lao_id AND c.id = a.caregiver_id
       JOIN resident cr ON cr.lao_id = c.lao_id AND cr.id = c.resident_id
       JOIN resident r ON r.lao_id = a.lao_id AND r.id = a.recipient_id
       JOIN LATERAL (${LATEST_ADL_SQL('a.recipient_id')}) l ON true
       WHERE a.to_date IS NULL AND l.total > $1
       ORDER BY l.assessed_on, recipient_name, a.id`,
      [ADL_DEPENDENT_MAX],
    );
    return rows.map((r) => ({
      assignmentId: r.id,
      recipient: { id: r.recipient_id, name: r.recipient_name },
      caregiver: { id: r.caregiver_id, name: r.caregiver_name },
      from: r.from_date,
      assessedOn: r.assessed_on,
      total: r.total,
      group: adlGroupOf(r.total),
    }));
  }

  /** Caregivers active today with fewer than 2 current recipients. */
  async belowMinimum(tx: TenantTx, today: string): Promise<CaregiverFollowUp['belowMinimum']> {
    const rows = await tx.query<{ id: string; name: string; n: number }>(
      `SELECT * FROM (
         SELECT c.id, ${NAME_SQL('r')} AS name,
                (SELECT count(*)::int FROM care_assignment a WHERE a.caregiver_id = c.id AND ${CURRENT_ON_SQL('a', '$1::date')}) AS n
         FROM caregiver c JOIN resident r ON r.lao_id = c.lao_id AND r.id = c.resident_id
         WHERE ${ACTIVE_FROM_SQL('c')} <= $1::date AND (c.end_date IS NULL OR c.end_date >= $1::date)) x
       WHERE x.n < $2 ORDER BY x.n, x.name`,
      [today, CAREGIVER_RULES.minRecipients],
    );
    return rows.map((r) => ({ caregiver: { id: r.id, name: r.name }, activeRecipients: r.n }));
  }

  /** Every caregiver active on some day of the month, with those days and their distinct visit days. */
  async visitDays(tx: TenantTx, month: Period): Promise<{ id: string; name: string; daysActive: number; visitDays: number }[]> {
    const rows = await tx.query<{ id: string; name: string; days_active: number; visit_days: number }>(
      `SELECT * FROM (
         SELECT c.id, ${NAME_SQL('r')} AS name, (${ACTIVE_DAYS_SQL('c', '$1::date', '$2::date')})::int AS days_active,
                (SELECT count(DISTINCT v.visited_on)::int FROM care_visit v WHERE v.caregiver_id = c.id AND v.visited_on BETWEEN $1::date AND $2::date) AS visit_days
         FROM caregiver c JOIN resident r ON r.lao_id = c.lao_id AND r.id = c.resident_id) x
       WHERE x.days_active > 0 ORDER BY x.visit_days, x.name`,
      [month.start, month.end],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, daysActive: r.days_active, visitDays: r.visit_days }));
  }
}
