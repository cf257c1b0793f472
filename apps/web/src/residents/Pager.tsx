import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

const number = new Intl.NumberFormat('th-TH');

/** 'Showing 21–40 of 135' with previous / next. */
export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <div className="pager" data-testid="pager">
      <span data-testid="total">
        {t('residents.showing', { from: number.format(from), to: number.format(to), total: number.format(total) })}
      </span>
      <span className="pager-buttons">
        <button type="button" className="btn btn--small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('common.previous')}
        </button>
        <span>{t('residents.pageOf', { page, pages })}</span>
        <button type="button" className="btn btn--small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('common.next')}
        </button>
      </span>
    </div>
  );
}
