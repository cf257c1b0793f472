import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearType } from '../api/endpoints';
import { LoadError } from '../ui/LoadError';
import { useMissingLaos } from './queries';

/** Nationally there are thousands before reports come in: the table shows the first few hundred that match. */
const SHOWN = 200;
const number = new Intl.NumberFormat('th-TH');

/** The LAOs in the officer's scope without an approved report of the year: a count, and the list on demand. */
export function MissingLaos({ year, yearType }: { year: number; yearType: YearType }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const missing = useMissingLaos(year, yearType);
  const { data } = missing;
  const needle = filter.trim().toLowerCase();
  const matching = (data ?? []).filter((l) => !needle || `${l.code} ${l.name} ${l.province}`.toLowerCase().includes(needle));

  return (
    <section className="card" data-testid="missing">
      <h2>
        {t('statistics.missing.title')}{' '}
        {data && (
          <span className="badge badge--warn" data-testid="missing-count" data-count={data.length}>
            {t('statistics.missing.count', { n: number.format(data.length) })}
          </span>
        )}
      </h2>
      {missing.isError && <LoadError query={missing} />}
      {data && data.length === 0 && <p className="muted">{t('statistics.missing.none')}</p>}
      {data && data.length > 0 && (
        <details data-testid="missing-details">
          <summary>{t('statistics.missing.show')}</summary>
          <div className="search">
            <input
              type="search"
              aria-label={t('statistics.missing.filter')}
              placeholder={t('statistics.missing.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              data-testid="missing-filter"
            />
          </div>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('statistics.missing.code')}</th>
                  <th>{t('statistics.missing.name')}</th>
                  <th>{t('statistics.missing.province')}</th>
                </tr>
              </thead>
              <tbody>
                {matching.slice(0, SHOWN).map((l) => (
                  <tr key={l.code} data-testid="missing-row" data-code={l.code}>
                    <td className="mono">{l.code}</td>
                    <td>{l.name}</td>
                    <td>{l.province}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {matching.length > SHOWN && (
            <p className="muted">{t('statistics.missing.showing', { shown: number.format(SHOWN), total: number.format(matching.length) })}</p>
          )}
        </details>
      )}
    </section>
  );
}
