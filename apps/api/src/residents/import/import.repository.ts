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

const COLUMNS = STAGED.map(([column]) => column).join(', ');
const UPDATABLE = STAGED.filter(([column]) => column !== 'national_id').map(([column]) => column);
const SELECTED = STAGED.map(([c]) => (['living_alone', 'cares_for_disabled_person'].includes(c) ? `coalesce(${c}, false)` : c)).join(', ');

/** CSV for COPY: NULL is an unquoted empty field; text is quoted only when it must be. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Valid rows gathered as COPY text until a batch is full, written straight into a buffer outside
 * the JavaScript heap: each line's string dies young, so a million-row import keeps a flat heap.
 */
export class ResidentBatch {
  private buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
  private length = 0;
  /** Lines not yet encoded: encoding 32 KB at a time is cheaper than line by line. */
  private pending = '';
  rows = 0;

  add(row: number, dto: CreateResidentDto): void {
    let line = String(row);
    for (const [, key] of STAGED) line += ',' + field(dto[key]);
    this.pending += line + '\n';
    this.rows += 1;
    if (this.pending.length > 32 * 1024) this.encode();
  }

  private encode(): void {
    const bytes = Buffer.byteLength(this.pending);
    if (this.length + bytes > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(this.pending, this.length);
    this.pending = '';
  }

  /** The batch's COPY text; the next batch gets a buffer of its own (this one is being written meanwhile). */
  take(): Buffer {
    this.encode();
    const full = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafe(this.buffer.length);
    this.length = 0;
    this.rows = 0;
    return full;
  }
}

export interface BatchWritten {
  inserted: number;
  updated: number;
}

export interface ImportTarget {
  jobId: string;
  actorId: string;
  note: string;
}

/**
 * Writes an import's valid rows batch by batch inside the import's one transaction: COPY into a
 * temporary staging table, then one INSERT … ON CONFLICT per batch. The caller reads the next
 * batch from the file while PostgreSQL writes this one.
 */
export class ResidentWriter {
  constructor(
    private readonly tx: TenantTx,
    private readonly client: PoolClient,
    private readonly target: ImportTarget,
  ) {}

  async write(copyText: Buffer): Promise<BatchWritten> {
    await this.tx.query(`TRUNCATE resident_import`);
    await pipeline(Readable.from([copyText]), this.client.query(copyFrom(`COPY resident_import (row_no, ${COLUMNS}) FROM STDIN WITH (FORMAT csv)`)));
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
    return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0) };
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
    const client = (await tx.manager.queryRunner!.connect()) as PoolClient;
    return new ResidentWriter(tx, client, target);
  }
}
