import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { WISDOM_BRANCH_LABELS, WISDOM_BRANCHES, type WisdomBranch } from '@elderwork/contracts';
import type { WisdomQuery } from '../../api/endpoints';
import { useWisdomList } from '../queries';
import { ListResults } from '../ListResults';
import { SearchField } from '../../ui/SearchField';
import { formatCount } from '../format';
import { useLabel, useLang } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Alert } from '../../ui/Alert';

const branchOf = (value: string | null): WisdomBranch | undefined => WISDOM_BRANCHES.find((b) => b === value);

/** คลังปัญญาผู้สูงอายุ: search by branch (23, form คปญ.1) and text; registrations older than 2 years are due for renewal. */
export function WisdomListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const filters: WisdomQuery = {
    branch: branchOf(params.get('branch')),
    q: params.get('q') ?? undefined,
    renewalDue: params.get('renewalDue') === 'true' ? true : undefined,
    willingToTeach: params.get('willingToTeach') === 'true' ? true : undefined,
  };
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const list = useWisdomList(filters);
  const saved = (location.state as { saved?: boolean } | null)?.saved;

  const update = (patch: Partial<WisdomQuery>) => {
    const next = { ...filters, ...patch };
    const search: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) if (value !== undefined && value !== '') search[key] = String(value);
    setParams(search);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() || undefined });
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t('occupations.wisdom.title')}</h1>
        <Link to="/occupations/wisdom/new" className="btn btn--primary" data-testid="new-wisdom">
          {t('occupations.wisdom.add')}
        </Link>
      </div>
      {saved && (
        <Alert tone="success" testId="flash">
          {t('occupations.wisdom.saved')}
        </Alert>
      )}
      <form className="card filters" role="search" aria-label={t('occupations.filter')} onSubmit={submit}>
        <div className="grid">
          <div className="field span-2">
            <label htmlFor="branch">{t('occupations.wisdom.branch')}</label>
            <select id="branch" value={filters.branch ?? ''} onChange={(e) => update({ branch: branchOf(e.target.value) })} data-testid="filter-branch">
              <option value="">{t('occupations.all')}</option>
              {WISDOM_BRANCHES.map((b) => (
                <option key={b} value={b}>
                  {label(WISDOM_BRANCH_LABELS, b)}
                </option>
              ))}
            </select>
          </div>
          <SearchField value={text} onChange={setText} placeholder={t('occupations.wisdom.searchPlaceholder')} wide />
          <div className="field field--check">
            <label htmlFor="renewalDue">
              <input
                id="renewalDue"
                type="checkbox"
                checked={filters.renewalDue === true}
                onChange={(e) => update({ renewalDue: e.target.checked || undefined })}
                data-testid="filter-renewal-due"
              />
              {t('occupations.wisdom.renewalDueOnly')}
            </label>
          </div>
          <div className="field field--check">
            <label htmlFor="willingToTeach">
              <input
                id="willingToTeach"
                type="checkbox"
                checked={filters.willingToTeach === true}
                onChange={(e) => update({ willingToTeach: e.target.checked || undefined })}
                data-testid="filter-teach"
              />
              {t('occupations.wisdom.teachOnly')}
            </label>
          </div>
        </div>
      </form>
      <ListResults state={list} empty={t('occupations.wisdom.empty')}>
        {(items) => (
          <table data-testid="wisdom-table">
            <thead>
              <tr>
                <th>{t('occupations.wisdom.col.title')}</th>
                <th>{t('occupations.wisdom.col.elder')}</th>
                <th>{t('occupations.wisdom.col.branch')}</th>
                <th className="num">{t('occupations.wisdom.col.years')}</th>
                <th>{t('occupations.wisdom.col.teach')}</th>
                <th>{t('occupations.wisdom.col.registeredOn')}</th>
                <th>{t('occupations.wisdom.col.renewalDueOn')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((w) => (
                <tr key={w.id} data-testid="wisdom-row" data-renewal-due={w.renewalDue}>
                  <td>
                    <Link to={`/occupations/wisdom/${w.id}`} data-testid="wisdom-link">
                      {w.title}
                    </Link>
                  </td>
                  <td className="nowrap">{w.resident.name}</td>
                  <td>{label(WISDOM_BRANCH_LABELS, w.branch)}</td>
                  <td className="num">{w.yearsOfExperience === null ? '–' : `${formatCount(w.yearsOfExperience)} ${t('occupations.years')}`}</td>
                  <td>{w.willingToTeach ? t('common.yes') : t('common.no')}</td>
                  <td className="nowrap">{formatDate(w.registeredOn, lang)}</td>
                  <td className="nowrap">
                    {formatDate(w.renewalDueOn, lang)}{' '}
                    {w.renewalDue && (
                      <span className="badge badge--due" data-testid="renewal-due">
                        {t('occupations.wisdom.renewalDue')}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListResults>
    </section>
  );
}
