import { LAO_TYPE_LABELS, type OrgUnitView } from '@elderwork/contracts';
import type { Lang } from '../i18n';

/**
 * DLA's list names an LAO without its type ('แกลง-กะเฉด'); Thai usage puts the type first
 * ('เทศบาลตำบลแกลง-กะเฉด จ.ระยอง').
 */
export function orgUnitLabel(org: OrgUnitView, lang: Lang): string {
  if (org.type !== 'lao' || !org.laoType) return org.name;
  const type = LAO_TYPE_LABELS[org.laoType][lang];
  if (lang === 'en') return `${org.name} (${type}${org.provinceName ? `, ${org.provinceName}` : ''})`;
  const name = org.name.startsWith(type) ? org.name : `${type}${org.name}`;
  return org.provinceName ? `${name} จ.${org.provinceName}` : name;
}
