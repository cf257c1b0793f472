import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS, type ProductCategory } from '@elderwork/contracts';
import type { ProductQuery } from '../../api/endpoints';
import { useProducts } from '../queries';
import { ListResults } from '../ListResults';
import { SearchField } from '../../ui/SearchField';
import { useLabel, useLang } from '../../i18n';
import { formatMoney } from '../../ui/money';
import { Alert } from '../../ui/Alert';

const categoryOf = (value: string | null): ProductCategory | undefined => PRODUCT_CATEGORIES.find((c) => c === value);

/** Products elders make, with their makers, price and the course they came from. */
export function ProductListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const filters: ProductQuery = { category: categoryOf(params.get('category')), q: params.get('q') ?? undefined };
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const list = useProducts(filters);
  const saved = (location.state as { saved?: boolean } | null)?.saved;

  const update = (patch: Partial<ProductQuery>) => {
    const next = { ...filters, ...patch };
    const search: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) if (value) search[key] = value;
    setParams(search);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() || undefined });
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t('occupations.products.title')}</h1>
        <Link to="/occupations/products/new" className="btn btn--primary" data-testid="new-product">
          {t('occupations.products.add')}
        </Link>
      </div>
      {saved && (
        <Alert tone="success" testId="flash">
          {t('occupations.products.saved')}
        </Alert>
      )}
      <form className="card filters" role="search" aria-label={t('occupations.filter')} onSubmit={submit}>
        <div className="grid">
          <div className="field">
            <label htmlFor="category">{t('occupations.products.category')}</label>
            <select id="category" value={filters.category ?? ''} onChange={(e) => update({ category: categoryOf(e.target.value) })} data-testid="filter-category">
              <option value="">{t('occupations.all')}</option>
              {PRODUCT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {label(PRODUCT_CATEGORY_LABELS, c)}
                </option>
              ))}
            </select>
          </div>
          <SearchField value={text} onChange={setText} placeholder={t('occupations.products.searchPlaceholder')} wide />
        </div>
      </form>
      <ListResults state={list} empty={t('occupations.products.empty')}>
        {(items) => (
          <table data-testid="product-table">
            <thead>
              <tr>
                <th>{t('occupations.products.col.name')}</th>
                <th>{t('occupations.products.col.category')}</th>
                <th className="num">{t('occupations.products.col.price')}</th>
                <th>{t('occupations.products.col.makers')}</th>
                <th>{t('occupations.products.col.course')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id} data-testid="product-row">
                  <td>
                    <Link to={`/occupations/products/${p.id}`} data-testid="product-link">
                      {p.name}
                    </Link>
                  </td>
                  <td>{label(PRODUCT_CATEGORY_LABELS, p.category)}</td>
                  <td className="num nowrap">
                    {p.price === null ? '–' : p.unit ? t('occupations.products.perUnit', { price: formatMoney(p.price, lang), unit: p.unit }) : formatMoney(p.price, lang)}
                  </td>
                  <td>{p.makers.length === 0 ? '–' : p.makers.map((m) => m.name).join(', ')}</td>
                  <td>{p.course ? <Link to={`/occupations/courses/${p.course.id}`}>{p.course.title}</Link> : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListResults>
    </section>
  );
}
