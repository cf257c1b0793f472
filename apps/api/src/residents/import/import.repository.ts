import { Injectable } from '@nestjs/common';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import type { CreateResidentDto, ImportRejection } from '@elderwork/contracts';
import type { TenantTx } from '../../database/tenant-db';

/** Column order of the staging table and of each COPY line. */
const STAGED = [
  ['national_id', 'nationalId'], ['prefix', 'prefix'], ['first_name', 'firstName'], ['last_name', 'lastName'],
  ['sex', 'sex'], ['birth_date', 'birthDate'], ['house_no', 'houseNo'], ['moo', 'moo'], ['village', 'village'],
  ['phone', 'phone'], ['disability_type', 'disabilityType'], ['disability_card_issued_on', 'disabilityCardIssuedOn'],
  ['living_alone', 'livingAlone'], ['cares_for_disabled_person', 'caresForDisabledPerson'], ['legal_basis', 'legalBasis'],
] as const satisfies readonly (readonly [string, keyof CreateResidentDto])[];

const COLUMNS = STAGED.map(([column]) => column).join(', ');
const UPDATABLE = STAGED.filter(([column]) => column !== 'national_id').map(([column]) => column);
const FLUSH_AT = 256 * 1024;

/** CSV for COPY: NULL is an unquoted empty field; text is quoted only when it must be. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Valid rows on their way in: COPY into a temporary table of the transaction, fed as the file is
 * read, in chunks that respect the server's back-pressure.
 */
export class ResidentStaging {
  private pending = '';

  constructor(private readonly stream: CopyStreamQuery) {}

  add(row: number, dto: CreateResidentDto): void {
    let line = String(row);
    for (const [, key] of STAGED) line += ',' + field(dto[key]);
    this.pending += line + '\n';
  }

  /** Hands buffered lines to COPY when there are enough of them (or `force`), waiting if the server is behind. */
  async flush(force = false): Promise<void> {
    if (this.pending.length < FLUSH_AT && !(force && this.pending)) return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async end(): Promise<void> {
    await this.flush(true);
    this.stream.end();
    await finished(this.stream);
  }

  /** Ends the COPY with CopyFail, so the transaction can roll back. */
  async abort(reason: Error): Promise<void> {
    if (this.stream.writableFinished || this.stream.destroyed) return;
    this.stream.destroy(reason);
    await finished(this.stream).catch(() => undefined);
  }
}

/** Bulk upsert of the registry through COPY into a staging table, then one INSERT … ON CONFLICT. */
@Injectable()
export class ImportRepository {
  async stage(tx: TenantTx): Promise<ResidentStaging> {
    await tx.query(
      `CREATE TEMP TABLE resident_import (
         row_no integer, national_id text, prefix text, first_name text, last_name text, sex text, birth_date date, house_no text,
         moo smallint, village text, phone text, disability_type text, disability_card_issued_on date,
         living_alone boolean, cares_for_disabled_person boolean, legal_basis text) ON COMMIT DROP`,
    );
    const client = (await tx.manager.queryRunner!.connect()) as PoolClient;
    return new ResidentStaging(client.query(copyFrom(`COPY resident_import (row_no, ${COLUMNS}) FROM STDIN WITH (FORMAT csv)`)));
  }

  /**
   * A national ID twice in one file: the first row stands, later ones are taken out of the
   * staging table and rejected. Returns how many, and the first `limit` as rejections.
   */
  async removeDuplicates(tx: TenantTx, limit: number): Promise<{ count: number; first: ImportRejection[] }> {
    const [result] = await tx.query<{ count: string; first: { row: number; firstRow: number }[] | null }>(
      `WITH ranked AS (
         SELECT row_no, min(row_no) OVER (PARTITION BY national_id) AS first_row FROM resident_import),
       removed AS (
         DELETE FROM resident_import s USING ranked r
         WHERE s.row_no = r.row_no AND r.row_no <> r.first_row
         RETURNING s.row_no, r.first_row)
       SELECT count(*) AS count,
              (SELECT json_agg(json_build_object('row', row_no, 'firstRow', first_row) ORDER BY row_no)
                 FROM (SELECT * FROM removed ORDER BY row_no LIMIT $1) f) AS first
       FROM removed`,
      [limit],
    );
    const first = (result?.first ?? []).map(({ row, firstRow }) => ({
      row,
      field: 'nationalId',
      message: `เลขประจำตัวประชาชนซ้ำกับแถวที่ ${firstRow} ในไฟล์เดียวกัน`,
    }));
    return { count: Number(result?.count ?? 0), first };
  }

  async upsert(tx: TenantTx, actorId: string, note: string): Promise<{ inserted: number; updated: number }> {
    // Only rows that differ are updated, so importing the same file twice changes nothing.
    const [counts] = await tx.query<{ inserted: string; updated: string }>(
      `WITH upserted AS (
         INSERT INTO resident (lao_id, ${COLUMNS})
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
