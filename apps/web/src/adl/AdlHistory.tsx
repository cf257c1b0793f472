import { useTranslation } from 'react-i18next';
import { ADL_ITEMS, ADL_ITEM_DEFINITIONS, type AdlAssessmentView, type AdlItems } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { useLang } from '../i18n';
import { formatDate } from '../i18n/format';
import { AdlGroupBadge } from '../ui/AdlGroupBadge';

/** Every assessment of the elder, latest first (the API's order): a correction is a new assessment, never an edit. */
export function AdlHistory({ assessments }: { assessments: AdlAssessmentView[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = todayInBangkok();
  return (
    <section className="card" data-testid="adl-history">
      <h2>{t('adl.history')}</h2>
      {assessments.length === 0 ? (
        <p className="muted">{t('adl.historyEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('adl.assessedOn')}</th>
                <th className="num">{t('adl.total')}</th>
                <th>{t('adl.group')}</th>
                <th>{t('adl.items')}</th>
                <th>{t('adl.due')}</th>
                <th>{t('adl.assessedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a, i) => (
                <tr key={a.id} data-testid="adl-history-row" data-total={a.total} data-group={a.group}>
                  <td className="nowrap">{formatDate(a.assessedOn, lang)}</td>
                  <td className="num">
                    <strong>{a.total}</strong>
                  </td>
                  <td>
                    <AdlGroupBadge group={a.group} />
                  </td>
                  <td>
                    {a.items ? (
                      <AdlItemScores items={a.items} open={i === 0} />
                    ) : (
                      <small className="muted">{t('adl.itemsOnly')}</small>
                    )}
                    {a.note && (
                      <>
                        <br />
                        <small>{a.note}</small>
                      </>
                    )}
                  </td>
                  <td className="nowrap">
                    {formatDate(a.reassessmentDueOn, lang)}
                    {i === 0 && a.reassessmentDueOn < today && (
                      <>
                        {' '}
                        <span className="badge badge--warn">{t('caregivers.recipients.overdue')}</span>
                      </>
                    )}
                  </td>
                  <td>{a.assessedBy.displayName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The ten scores in the form's order (1–10), each with its item's short name and the item's range,
 * one a line so that they read on a phone; the latest assessment's are open, older ones fold away.
 */
function AdlItemScores({ items, open }: { items: AdlItems; open: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <details open={open} data-testid="adl-history-items">
      <summary>
        <small>{t('adl.itemsShow')}</small>
      </summary>
      <ol className="plain-list">
        {ADL_ITEMS.map((item) => {
          const definition = ADL_ITEM_DEFINITIONS[item];
          return (
            <li key={item} title={definition.label[lang]} data-testid={`adl-history-item-${item}`}>
              <small>
                {definition.short[lang]}{' '}
                <span className="nowrap">
                  <strong>{items[item]}</strong>/{definition.max}
                </span>
              </small>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
