import { at } from '../common/arrays';
import type { Client } from 'pg';
import type { Modality } from '@elderwork/contracts';
import { daysInMonth } from '@elderwork/thai';
import { nationalIdFrom } from './demo-people';

const lastDayOfMonth = (iso: string): string => `${iso.slice(0, 8)}${daysInMonth(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)))}`;

interface DemoEmployer {
  name: string;
  /** 12-digit stem; the check digit is computed. */
  stem: string;
  contactPerson: string;
}

/** A placement of the i-th disabled elder: employer index, modality, dates, status. */
type DemoPlacement = [elder: number, employer: number, modality: Modality, start: string, end: string, status: 'completed' | 'active'];

export interface DemoSection35 {
  provinceCode: string;
  employers: DemoEmployer[];
  placements: DemoPlacement[];
  /** Placements (by index) paid in full: half at the end of the first month, the rest on the last day. */
  paidInFull: number[];
  /** Placements (by index) half paid, on the given date. */
  paidHalf: [number, string][];
}

const Y2568: [string, string] = ['2025-01-01', '2025-12-31'];
const H1: [string, string] = ['2025-01-01', '2025-06-30'];
const H2: [string, string] = ['2025-07-01', '2025-12-31'];
const Y2569: [string, string] = ['2026-01-01', '2026-12-31'];

/**
 * Khlaeng Kachet: its 13 disabled elders are covered for the whole of calendar 2568 at the
 * 2568 rate (330 baht a day), across four employers and several modalities — the published
 * figure, 13 persons and 1,565,850 baht. Some continue in 2569 at that year's rate.
 */
export const KHLAENG_KACHET_SECTION35: DemoSection35 = {
  provinceCode: '21',
  employers: [
    { name: 'บริษัท ระยองปิโตรเคมีภัณฑ์ จำกัด', stem: '021555000112', contactPerson: 'ฝ่ายทรัพยากรบุคคล' },
    { name: 'บริษัท มาบตาพุดออโตพาร์ท จำกัด', stem: '021556001234', contactPerson: 'คุณวิไลวรรณ' },
    { name: 'บริษัท อีสเทิร์นซีฟู้ด จำกัด', stem: '021554007788', contactPerson: 'คุณสมพงษ์' },
    { name: 'บริษัท แกลงการเกษตร จำกัด', stem: '021558003456', contactPerson: 'คุณปราณี' },
  ],
  placements: [
    // Occupational grants (other assistance), the whole year.
    [0, 0, 'other_assistance', ...Y2568, 'completed'],
    [1, 0, 'other_assistance', ...Y2568, 'completed'],
    [2, 0, 'other_assistance', ...Y2568, 'completed'],
    [3, 2, 'other_assistance', ...Y2568, 'completed'],
    // Employment at the municipal office under a service contract (the seminar's housekeeper).
    [4, 1, 'subcontract', ...Y2568, 'completed'],
    [5, 1, 'subcontract', ...Y2568, 'completed'],
    [6, 1, 'subcontract', ...Y2568, 'completed'],
    // A space to sell in the first half, a concession in the second: two employers, one year.
    [7, 2, 'sales_space', ...H1, 'completed'],
    [7, 3, 'concession', ...H2, 'completed'],
    [8, 2, 'sales_space', ...H1, 'completed'],
    [8, 3, 'concession', ...H2, 'completed'],
    [9, 3, 'training', ...Y2568, 'completed'],
    [10, 3, 'training', ...Y2568, 'completed'],
    [11, 0, 'equipment', ...Y2568, 'completed'],
    [12, 1, 'interpreter', ...Y2568, 'completed'],
    // Continuing in 2569.
    [0, 0, 'other_assistance', ...Y2569, 'active'],
    [4, 1, 'subcontract', ...Y2569, 'active'],
    [9, 3, 'training', ...Y2569, 'active'],
  ],
  paidInFull: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  paidHalf: [[15, '2026-06-30'], [16, '2026-06-30'], [17, '2026-06-30']],
};

export const MAE_SAI_SECTION35: DemoSection35 = {
  provinceCode: '57',
  employers: [{ name: 'บริษัท แม่สายการค้าชายแดน จำกัด', stem: '057555002468', contactPerson: 'คุณอรุณี' }],
  placements: [
    // 2569 only: a lone person in 2568 would be a small cell that also hides Khlaeng Kachet's
    // line from the DLA's demo statistics (complementary suppression).
    [0, 0, 'subcontract', ...Y2569, 'active'],
    [1, 0, 'sales_space', ...Y2569, 'active'],
  ],
  paidInFull: [],
  paidHalf: [[0, '2026-06-30'], [1, '2026-06-30']],
};

/** Inserts the employers and placements (at the rate of each start year) and payments, as one LAO. */
export async function seedSection35(client: Client, laoId: string, actorId: string, disabledElderIds: string[], demo: DemoSection35): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.lao_id', $1, true)`, [laoId]);
    const employerIds: string[] = [];
    for (const e of demo.employers) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO employer (lao_id, name, registration_number, province_code, contact_person) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [laoId, e.name, nationalIdFrom(e.stem), demo.provinceCode, e.contactPerson],
      );
      employerIds.push(at(rows, 0).id);
    }
    for (const [i, [elder, employer, modality, start, end, status]] of demo.placements.entries()) {
      const { rows } = await client.query<{ id: string; value: string }>(
        `INSERT INTO placement (lao_id, resident_id, employer_id, modality, start_date, end_date, daily_rate, status, contract_no)
         SELECT $1, $2, $3, $4, $5, $6, daily_rate, $7, $8 FROM section35_rate WHERE year = extract(year FROM $5::date)::int + 543
         RETURNING id, round(daily_rate * counted_days(start_date, end_date), 2) AS value`,
        [laoId, disabledElderIds[elder], employerIds[employer], modality, start, end, status, `ม.35/${start.slice(0, 4)}/${String(i + 1).padStart(3, '0')}`],
      );
      const value = Number(at(rows, 0).value);
      const half = Math.round(value * 50) / 100;
      const halfOn = demo.paidHalf.find(([index]) => index === i)?.[1];
      const payments: [string, number][] = demo.paidInFull.includes(i)
        ? [[lastDayOfMonth(start), half], [end, Math.round((value - half) * 100) / 100]]
        : halfOn ? [[halfOn, half]] : [];
      for (const [paidOn, amount] of payments) {
        await client.query(`INSERT INTO payment (lao_id, placement_id, paid_on, amount, reference, created_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
          laoId, at(rows, 0).id, paidOn, amount.toFixed(2), `PV-${paidOn}-${i + 1}`, actorId,
        ]);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
