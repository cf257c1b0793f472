import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MODALITY_LABELS, type PlacementView } from '@elderwork/contracts';
import { useLabel, useLang } from '../i18n';
import { formatDate } from '../i18n/format';
import { formatMoney } from '../ui/money';
import { StatusBadge } from './StatusBadge';

/** Rows of placements; with a year filter, also the part of the value that falls in that year. */
export function PlacementTable({ placements, inPeriod }: { placements: PlacementView[]; inPeriod: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  return (
    <div className="table-wrap">
      <table className="placements" data-testid="placement-table">
        <thead>
          <tr>
            <th>{t('placements.col.elder')}</th>
            <th>{t('placements.col.employer')}</th>
            <th>{t('placements.col.modality')}</th>
            <th>{t('placements.col.dates')}</th>
            <th className="num">{t('placements.col.dailyRate')}</th>
            <th className="num">{t('placements.col.value')}</th>
            {inPeriod && <th className="num">{t('placements.col.valueInPeriod')}</th>}
            <th className="num">{t('placements.col.paid')}</th>
            <th>{t('placements.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {placements.map((p) => (
            <tr key={p.id} data-testid="placement-row">
              <td className="nowrap">
                <Link to={`/section35/placements/${p.id}`} data-testid="placement-link">
                  {p.resident.name}
                </Link>
              </td>
              <td>{p.employer.name}</td>
              <td>{label(MODALITY_LABELS, p.modality)}</td>
              <td>
                <span className="nowrap">{formatDate(p.startDate, lang)} –</span>{' '}
                <span className="nowrap">{formatDate(p.endDate, lang)}</span>
              </td>
              <td className="num mono">{formatMoney(p.dailyRate, lang)}</td>
              <td className="num mono">{formatMoney(p.value, lang)}</td>
              {inPeriod && <td className="num mono">{formatMoney(p.valueInPeriod, lang)}</td>}
              <td className="num mono">{formatMoney(p.paidToDate, lang)}</td>
              <td>
                <StatusBadge status={p.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
