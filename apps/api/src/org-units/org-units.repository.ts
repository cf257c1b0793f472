import { Injectable } from '@nestjs/common';
import type { TenantTx } from '../database/tenant-db';
import { notFound } from '../common/domain-errors';
import { fullName, type OrgUnitRow } from './org-unit-view';

/** A LAO as a report heads it: id, code and its full name ("เทศบาลตำบลแกลง-กะเฉด"). */
export interface LaoHeading {
  id: string;
  code: string;
  name: string;
}

/** The org units a tenant's own work reads: its LAO's heading and province. */
@Injectable()
export class OrgUnitsRepository {
  /** The transaction's LAO, named in full. */
  async laoHeading(tx: TenantTx): Promise<LaoHeading> {
    const [row] = await tx.query<Pick<OrgUnitRow, 'id' | 'code' | 'name' | 'type' | 'lao_type'>>(
      `SELECT id, code, name, type, lao_type FROM org_unit WHERE id = $1`,
      [tx.laoId],
    );
    if (!row) throw notFound('องค์กรปกครองส่วนท้องถิ่น');
    return { id: row.id, code: row.code, name: fullName(row) };
  }

  /** The province code of the transaction's LAO. */
  async provinceCodeOf(tx: TenantTx): Promise<string> {
    const [row] = await tx.query<{ province_code: string | null }>(`SELECT province_code FROM org_unit WHERE id = $1`, [tx.laoId]);
    if (!row?.province_code) throw notFound('จังหวัดขององค์กรปกครองส่วนท้องถิ่น');
    return row.province_code;
  }
}
