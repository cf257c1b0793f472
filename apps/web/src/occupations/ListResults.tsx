import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { LoadError } from '../ui/LoadError';
import { formatCount } from './format';

/** A filtered list's answer: the error with a retry, loading, the empty message, or the table and its total. */
export function ListResults<T>({ state, empty, children }: { state: UseQueryResult<{ items: T[]; total: number }>; empty: string; children: (items: T[]) => ReactNode }) {
  const { t } = useTranslation();
  const { data } = state;
  return (
    <>
      {state.isError && <LoadError query={state} />}
      {state.isPending && <p className="page-loading">{t('common.loading')}</p>}
      {data && data.items.length === 0 && (
        <p className="empty" data-testid="empty">
          {empty}
        </p>
      )}
      {data && data.items.length > 0 && (
        <div className="table-wrap" aria-busy={state.isFetching}>
          {children(data.items)}
        </div>
      )}
      {data && (
        <p className="muted" data-testid="total">
          {t('occupations.total', { total: formatCount(data.total) })}
        </p>
      )}
    </>
  );
}
