import { LAO_TYPE_LABELS, type LaoType, type OrgUnitType, type OrgUnitView } from '@elderwork/contracts';

export interface OrgUnitRow {
  id: string;
  type: OrgUnitType;
  code: string;
  name: string;
  lao_type: LaoType | null;
  province_code: string | null;
  province_name: string | null;
}

/** The published LAO name has no type prefix ("แกลง-กะเฉด"); people say "เทศบาลตำบลแกลง-กะเฉด". */
export function fullName(row: Pick<OrgUnitRow, 'type' | 'name' | 'lao_type'>): string {
  if (row.type === 'province') return `จังหวัด${row.name}`;
  if (row.type !== 'lao' || !row.lao_type || row.lao_type === 'pattaya') return row.name;
  return `${LAO_TYPE_LABELS[row.lao_type].th}${row.name}`;
}

export function toOrgUnitView(row: OrgUnitRow): OrgUnitView {
  return {
    id: row.id,
    code: row.code,
    name: fullName(row),
    type: row.type,
    laoType: row.lao_type,
    provinceCode: row.province_code,
    provinceName: row.province_name,
  };
}

/** Columns of org_unit `o` (and its province `p`) that make an OrgUnitRow. */
export const ORG_UNIT_COLUMNS = `o.id, o.type, o.code, o.name, o.lao_type, o.province_code, p.name AS province_name`;
export const PROVINCE_JOIN = `LEFT JOIN org_unit p ON p.type = 'province' AND p.code = o.province_code`;
