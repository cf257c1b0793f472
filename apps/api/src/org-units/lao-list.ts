import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { LaoType } from '@elderwork/contracts';
import { assetPath } from '../common/assets';

/** DLA's published types → ours. */
const LAO_TYPE_BY_THAI: Record<string, LaoType> = {
  'อบจ.': 'pao',
  เทศบาลนคร: 'city_municipality',
  เทศบาลเมือง: 'town_municipality',
  เทศบาลตำบล: 'subdistrict_municipality',
  'อบต.': 'sao',
  ท้องถิ่นรูปแบบพิเศษ: 'pattaya',
};

export interface LaoRow {
  code: string;
  name: string;
  laoType: LaoType;
  provinceCode: string;
  provinceName: string;
  district: string;
}

export function readLaoList(): { laos: LaoRow[]; provinces: { code: string; name: string }[] } {
  const records = parse(readFileSync(assetPath('lao-list.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const laos = records.map((r): LaoRow => {
    const code = r['code'] ?? '';
    const laoType = LAO_TYPE_BY_THAI[r['type'] ?? ''];
    if (!/^\d{7}$/.test(code) || !laoType) throw new Error(`lao-list.csv: bad row ${JSON.stringify(r)}`);
    // In a DLA code, digits 2–3 are the DOPA province code.
    return { code, name: r['name'] ?? '', laoType, provinceCode: code.slice(1, 3), provinceName: r['province'] ?? '', district: r['district'] ?? '' };
  });
  const provinces = new Map<string, string>();
  for (const lao of laos) provinces.set(lao.provinceCode, lao.provinceName);
  return { laos, provinces: [...provinces].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code)) };
}
