import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DISABILITY_TYPE_LABELS, SEX_LABELS, type ResidentSort, type ResidentView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { useLabel, useLang } from '../i18n';
import { formatDate } from '../i18n/format';

type AriaSort = 'ascending' | 'descending' | undefined;

/** aria-sort of a column shown in `fields` order, under the list's sort (none: the default order). */
function ariaSort(sort: ResidentSort | undefined, ...fields: string[]): AriaSort {
  if (!sort) return undefined;
  const field = sort.replace(/^-/, '');
  if (!fields.includes(field)) return undefined;
  // `age` ascending is youngest first: the ages ascend.
  return sort.startsWith('-') ? 'descending' : 'ascending';
}

/** Rows of the registry; on a phone the table scrolls sideways. `sort`: the order the rows are in. */
export function ResidentTable({ residents, sort }: { residents: ResidentView[]; sort?: ResidentSort }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();

  return (
    <div className="table-wrap">
      <table className="residents" data-testid="resident-table">
        <thead>
          <tr>
            <th>{t('residents.col.nationalId')}</th>
            <th aria-sort={ariaSort(sort, 'name')}>{t('residents.col.name')}</th>
            <th>{t('residents.col.sex')}</th>
            <th className="num" aria-sort={ariaSort(sort, 'age')}>
              {t('residents.col.age')}
            </th>
            <th>{t('residents.col.birthDate')}</th>
            <th>{t('residents.col.disability')}</th>
            <th aria-sort={ariaSort(sort, 'moo', 'village')}>{t('residents.col.address')}</th>
            <th>
              <span className="sr-only">{t('common.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {residents.map((r) => (
            <tr key={r.id} data-testid="resident-row">
              <td className="nowrap mono">{formatNationalId(r.nationalId)}</td>
              <td>
                <Link to={`/residents/${r.id}`}>
                  {r.prefix}
                  {r.firstName} {r.lastName}
                </Link>
              </td>
              <td>{label(SEX_LABELS, r.sex)}</td>
              <td className="num">{r.age}</td>
              <td className="nowrap">{formatDate(r.birthDate, lang)}</td>
              <td>
                {r.disabilityType
                  ? label(DISABILITY_TYPE_LABELS, r.disabilityType)
                  : r.caresForDisabledPerson
                    ? t('residents.carer')
                    : '–'}
              </td>
              <td>{address(r, t('residents.mooShort', { moo: r.moo }))}</td>
              <td>
                <Link to={`/residents/${r.id}`} className="btn btn--small" data-testid={`edit-${r.nationalId}`}>
                  {t('common.edit')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function address(r: ResidentView, moo: string): string {
  const parts = [r.moo !== null ? moo : null, r.village].filter(Boolean);
  return parts.length ? parts.join(' ') : '–';
}
