import { useTranslation } from 'react-i18next';
import { ADL_ITEMS, ADL_ITEM_DEFINITIONS, type AdlAssessmentView } from '@elderwork/contracts';
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
                      // Scores in the form's order (1–10), each titled with its item.
                      <small className="adl-items-summary mono">
                        {ADL_ITEMS.map((item, n) => (
                          <span key={item} title={`${n + 1}. ${ADL_ITEM_DEFINITIONS[item].label[lang]}`}>
                            {a.items?.[item]}
                          </span>
                        ))}
                      </small>
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
