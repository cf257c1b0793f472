import { Injectable } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import type { CreateResidentDto } from '@elderwork/contracts';
import type { TenantTx } from '../../database/tenant-db';

/** Column order of the staging table and of each COPY line. */
const STAGED = [
  ['national_id', 'nationalId'], ['prefix', 'prefix'], ['first_name', 'firstName'], ['last_name', 'lastName'],
  ['sex', 'sex'], ['birth_date', 'birthDate'], ['house_no', 'houseNo'], ['moo', 'moo'], ['village', 'village'],
  ['phone', 'phone'], ['disability_type', 'disabilityType'], ['disability_card_issued_on', 'disabilityCardIssuedOn'],
  ['living_alone', 'livingAlone'], ['cares_for_disabled_person', 'caresForDisabledPerson'], ['legal_basis', 'legalBasis'],
] as const satisfies readonly (readonly [string, keyof CreateResidentDto])[];

const UPDATABLE = STAGED.filter(([column]) => column !== 'national_id').map(([column]) => column);

/** CSV for COPY: NULL is an unquoted empty field, every value is quoted. */
function copyLine(dto: CreateResidentDto): string {
  return (
    STAGED.map(([, field]) => {
      const value = dto[field];
      if (value === null || value === undefined) return '';
      return `"${String(value).replace(/"/g, '""')}"`;
    }).join(',') + '\n'
  );
}

/** Bulk upsert of the registry through COPY into a staging table, then one INSERT … ON CONFLICT. */
@Injectable()
export class ImportRepository {
  async upsert(tx: TenantTx, rows: CreateResidentDto[], actorId: string, note: string): Promise<{ inserted: number; updated: number }> {
    await tx.query(
      `CREATE TEMP TABLE resident_import (
         national_id text, prefix text, first_name text, last_name text, sex text, birth_date date, house_no text,
         moo smallint, village text, phone text, disability_type text, disability_card_issued_on date,
         living_alone boolean, cares_for_disabled_person boolean, legal_basis text) ON COMMIT DROP`,
    );
    const client = (await tx.manager.queryRunner!.connect()) as PoolClient;
    const columns = STAGED.map(([column]) => column).join(', ');
    await pipeline(
      Readable.from(rows.map(copyLine)),
      client.query(copyFrom(`COPY resident_import (${columns}) FROM STDIN WITH (FORMAT csv)`)),
    );
    // Only rows that differ are updated, so importing the same file twice changes nothing.
    const [counts] = await tx.query<{ inserted: string; updated: string }>(
      `WITH upserted AS (
         INSERT INTO resident (lao_id, ${columns})
         SELECT $1, ${STAGED.map(([c]) => (['living_alone', 'cares_for_disabled_person'].includes(c) ? `coalesce(${c}, false)` : c)).join(', ')} FROM resident_import
         ON CONFLICT (lao_id, national_id) WHERE removed_at IS NULL DO UPDATE
           SET ${UPDATABLE.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, version = resident.version + 1, updated_at = now()
           WHERE (${UPDATABLE.map((c) => `resident.${c}`).join(', ')}) IS DISTINCT FROM (${UPDATABLE.map((c) => `EXCLUDED.${c}`).join(', ')})
         RETURNING id, (xmax = 0) AS is_new),
       audited AS (
         INSERT INTO audit_entry (lao_id, resident_id, actor_id, action, note)
         SELECT $1, id, $2, 'import', $3 FROM upserted RETURNING 1)
       SELECT count(*) FILTER (WHERE is_new) AS inserted, count(*) FILTER (WHERE NOT is_new) AS updated FROM upserted`,
      [tx.laoId, actorId, note],
    );
    return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0) };
  }
}
