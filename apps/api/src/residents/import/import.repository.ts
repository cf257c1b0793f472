import { Injectable } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
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
const SELECTED = STAGED.map(([c]) => (['living_alone', 'cares_for_disabled_person'].includes(c) ? `coalesce(${c}, false)` : c)).join(', ');

/** CSV for COPY: NULL is an unquoted empty field; text is quoted only when it must be. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Valid rows gathered as COPY text until a batch is full. */
export class ResidentBatch {
  text = '';
  rows = 0;

  add(row: number, dto: CreateResidentDto): void {
    let line = String(row);
    for (const [, key] of STAGED) line += ',' + field(dto[key]);
    this.text += line + '\n';
    this.rows += 1;
  }

  take(): string {
    const text = this.text;
    this.text = '';
    this.rows = 0;
    return text;
  }
}

export interface BatchWritten {
  inserted: number;
  updated: number;
  duplicates: number;
  firstDuplicates: ImportRejection[];
}

export interface ImportTarget {
  jobId: string;
  actorId: string;
  note: string;
  /** How many duplicate rows to list (all are counted). */
  listDuplicates: number;
}

/**
 * Writes an import's valid rows batch by batch inside the import's one transaction: COPY into a
 * temporary staging table, in-file duplicates found against every national ID the import has
 * already taken, then one INSERT … ON CONFLICT per batch. The caller reads the next batch from the
 * file while PostgreSQL writes this one.
 */
export class ResidentWriter {
  constructor(
    private readonly tx: TenantTx,
    private readonly client: PoolClient,
    private readonly target: ImportTarget,
  ) {}

  async write(copyText: string): Promise<BatchWritten> {
    await this.tx.query(`TRUNCATE resident_import`);
    await pipeline(Readable.from([copyText]), this.client.query(copyFrom(`COPY resident_import (row_no, ${COLUMNS}) FROM STDIN WITH (FORMAT csv)`)));
    const duplicates = await this.removeDuplicates();
    // Only rows that differ are updated, so importing the same file twice changes nothing. New
    // records point at the import job, their audit trail; changed records get an audit entry each.
    const [counts] = await this.tx.query<{ inserted: string; updated: string }>(
      `WITH upserted AS (
         INSERT INTO resident (lao_id, import_id, ${COLUMNS})
         SELECT $1, $4, ${SELECTED} FROM resident_import
         ON CONFLICT (lao_id, national_id) WHERE removed_at IS NULL DO UPDATE
           SET ${UPDATABLE.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, version = resident.version + 1, updated_at = now()
           WHERE (${UPDATABLE.map((c) => `resident.${c}`).join(', ')}) IS DISTINCT FROM (${UPDATABLE.map((c) => `EXCLUDED.${c}`).join(', ')})
         RETURNING id, (xmax = 0) AS is_new),
       audited AS (
         INSERT INTO audit_entry (lao_id, resident_id, actor_id, action, note)
         SELECT $1, id, $2, 'import', $3 FROM upserted WHERE NOT is_new RETURNING 1)
       SELECT count(*) FILTER (WHERE is_new) AS inserted, count(*) FILTER (WHERE NOT is_new) AS updated FROM upserted`,
      [this.tx.laoId, this.target.actorId, this.target.note, this.target.jobId],
    );
    return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0), ...duplicates };
  }

  /**
   * A national ID twice in one file: the first row stands, later ones — in this batch or after an
   * earlier one — are taken out of the batch and rejected naming the first row.
   */
  private async removeDuplicates(): Promise<{ duplicates: number; firstDuplicates: ImportRejection[] }> {
    await this.tx.query(
      `INSERT INTO import_seen (national_id, first_row)
       SELECT DISTINCT ON (national_id) national_id, row_no FROM resident_import ORDER BY national_id, row_no
       ON CONFLICT (national_id) DO NOTHING`,
    );
    const [result] = await this.tx.query<{ count: string; first: { row: number; firstRow: number }[] | null }>(
      `WITH removed AS (
         DELETE FROM resident_import s USING import_seen f
         WHERE f.national_id = s.national_id AND f.first_row <> s.row_no
         RETURNING s.row_no, f.first_row)
       SELECT count(*) AS count,
              (SELECT json_agg(json_build_object('row', row_no, 'firstRow', first_row) ORDER BY row_no)
                 FROM (SELECT * FROM removed ORDER BY row_no LIMIT $1) f) AS first
       FROM removed`,
      [this.target.listDuplicates],
    );
    const firstDuplicates = (result?.first ?? []).map(({ row, firstRow }) => ({
      row,
      field: 'nationalId',
      message: `เลขประจำตัวประชาชนซ้ำกับแถวที่ ${firstRow} ในไฟล์เดียวกัน`,
    }));
    return { duplicates: Number(result?.count ?? 0), firstDuplicates };
  }
}

@Injectable()
export class ImportRepository {
  /** The staging tables live as long as the import's transaction. */
  async open(tx: TenantTx, target: ImportTarget): Promise<ResidentWriter> {
    await tx.query(
      `CREATE TEMP TABLE resident_import (
         row_no integer, national_id text, prefix text, first_name text, last_name text, sex text, birth_date date, house_no text,
         moo smallint, village text, phone text, disability_type text, disability_card_issued_on date,
         living_alone boolean, cares_for_disabled_person boolean, legal_basis text) ON COMMIT DROP`,
    );
    await tx.query(`CREATE TEMP TABLE import_seen (national_id text PRIMARY KEY, first_row integer NOT NULL) ON COMMIT DROP`);
    const client = (await tx.manager.queryRunner!.connect()) as PoolClient;
    return new ResidentWriter(tx, client, target);
  }
}
