import { Injectable } from '@nestjs/common';
import { WISDOM_RENEWAL_YEARS, type CreateWisdomDto, type UpdateWisdomDto, type WisdomBranch, type WisdomQueryDto, type WisdomRegistrationView } from '@elderwork/contracts';
import type { TenantTx } from '../../database/tenant-db';
import { ELDER_NAME_SQL } from '../elders.repository';
import { likeLiteral } from '../../common/like';

interface WisdomRow {
  id: string;
  resident_id: string;
  name: string;
  branch: WisdomBranch;
  title: string;
  description: string | null;
  years_of_experience: number | null;
  willing_to_teach: boolean;
  registered_on: string;
  renewal_due_on: string;
  renewal_due: boolean;
  version: number;
  created_at: Date;
}

/** Due on the anniversary: PostgreSQL maps 29 February to 28 February, as addYears does. $1 is today. */
const RENEWAL_DUE_ON = `(w.registered_on + interval '${WISDOM_RENEWAL_YEARS} years')::date`;

const SELECT = `
  SELECT w.id, w.resident_id, ${ELDER_NAME_SQL('r')} AS name, w.branch, w.title, w.description, w.years_of_experience, w.willing_to_teach,
         w.registered_on::text, ${RENEWAL_DUE_ON}::text AS renewal_due_on, ${RENEWAL_DUE_ON} <= $1::date AS renewal_due, w.version, w.created_at
  FROM wisdom_registration w JOIN resident r ON r.lao_id = w.lao_id AND r.id = w.resident_id`;

const toView = (r: WisdomRow): WisdomRegistrationView => ({
  id: r.id,
  resident: { id: r.resident_id, name: r.name },
  branch: r.branch,
  title: r.title,
  description: r.description,
  yearsOfExperience: r.years_of_experience,
  willingToTeach: r.willing_to_teach,
  registeredOn: r.registered_on,
  renewalDueOn: r.renewal_due_on,
  renewalDue: r.renewal_due,
  version: r.version,
  createdAt: r.created_at.toISOString(),
});

const COLUMNS = [
  ['branch', 'branch'], ['title', 'title'], ['description', 'description'], ['years_of_experience', 'yearsOfExperience'],
  ['willing_to_teach', 'willingToTeach'], ['registered_on', 'registeredOn'],
] as const satisfies readonly (readonly [string, keyof UpdateWisdomDto])[];

/** The wisdom bank (คลังปัญญาผู้สูงอายุ). */
@Injectable()
export class WisdomRepository {
  /** Search by branch and by text in the title, the description or the elder's name; current elders only. */
  async list(tx: TenantTx, today: string, query: WisdomQueryDto): Promise<WisdomRegistrationView[]> {
    const rows = await tx.query<WisdomRow>(
      `${SELECT}
       WHERE r.removed_at IS NULL AND ($2::text IS NULL OR w.branch = $2) AND ($4::uuid IS NULL OR w.resident_id = $4::uuid)
         AND ($3::text IS NULL OR w.title ILIKE '%' || $3 || '%' OR w.description ILIKE '%' || $3 || '%'
              OR replace(r.first_name || r.last_name, ' ', '') ILIKE '%' || replace($3, ' ', '') || '%')
         AND ($5::boolean IS NULL OR (${RENEWAL_DUE_ON} <= $1::date) = $5) AND ($6::boolean IS NULL OR w.willing_to_teach = $6)
       ORDER BY w.branch, r.first_name, r.last_name, w.title, w.id`,
      [today, query.branch ?? null, likeLiteral(query.q), query.residentId ?? null, query.renewalDue ?? null, query.willingToTeach ?? null],
    );
    return rows.map(toView);
  }

  async find(tx: TenantTx, today: string, id: string, lock = false): Promise<WisdomRegistrationView | null> {
    const [row] = await tx.query<WisdomRow>(`${SELECT} WHERE w.id = $2${lock ? ' FOR UPDATE OF w' : ''}`, [today, id]);
    return row ? toView(row) : null;
  }

  async insert(tx: TenantTx, dto: CreateWisdomDto & { registeredOn: string }): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO wisdom_registration (lao_id, resident_id, branch, title, description, years_of_experience, willing_to_teach, registered_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [tx.laoId, dto.residentId, dto.branch, dto.title, dto.description ?? null, dto.yearsOfExperience ?? null, dto.willingToTeach ?? false, dto.registeredOn],
    );
    return row!.id;
  }

  async update(tx: TenantTx, id: string, change: Omit<UpdateWisdomDto, 'version'>): Promise<void> {
    const sets = COLUMNS.filter(([, field]) => change[field] !== undefined);
    await tx.query(
      `UPDATE wisdom_registration SET ${sets.map(([column], i) => `${column} = $${i + 2}, `).join('')}version = version + 1, updated_at = now() WHERE id = $1`,
      [id, ...sets.map(([, field]) => change[field])],
    );
  }
}
