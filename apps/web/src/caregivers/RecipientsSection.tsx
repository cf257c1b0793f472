import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CareAssignmentView, CaregiverDetailView } from '@elderwork/contracts';
import { formatNationalId, todayInBangkok } from '@elderwork/thai';
import { useLang } from '../i18n';
import { formatDate } from '../i18n/format';
import { AdlGroupBadge } from '../ui/AdlGroupBadge';
import { EndAssignment } from './EndAssignment';

/** Elders in the caregiver's care (current first, as the API orders them), with their latest ADL and when it is due again. */
export function RecipientsSection({ caregiver, onEnded }: { caregiver: CaregiverDetailView; onEnded: () => void }) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState<string | null>(null);
  return (
    <section className="card" data-testid="recipients">
      <h2>{t('caregivers.recipients.title')}</h2>
      {caregiver.recipients.length === 0 ? (
        <p className="muted">{t('caregivers.recipients.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('caregivers.recipients.name')}</th>
                <th>{t('caregivers.recipients.adl')}</th>
                <th>{t('caregivers.recipients.due')}</th>
                <th>{t('caregivers.recipients.period')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {caregiver.recipients.map((a) => (
                <Fragment key={a.id}>
                  <RecipientRow assignment={a} onEnd={() => setEnding(ending === a.recipient.id ? null : a.recipient.id)} />
                  {ending === a.recipient.id && a.current && (
                    <tr className="row-form">
                      <td colSpan={5}>
                        <EndAssignment caregiverId={caregiver.id} assignment={a} onEnded={onEnded} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RecipientRow({ assignment: a, onEnd }: { assignment: CareAssignmentView; onEnd: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const adl = a.latestAdl;
  const overdue = adl !== null && a.current && adl.reassessmentDueOn < todayInBangkok();
  return (
    <tr data-testid="recipient-row" data-current={a.current} data-recipient-id={a.recipient.id} className={a.current ? undefined : 'inactive'}>
      <td>
        <Link to={`/residents/${a.recipient.id}`}>{a.recipient.name}</Link>
        <br />
        <small className="mono muted">{formatNationalId(a.recipient.nationalId)}</small>
        {a.recipient.moo !== null && <small className="muted"> · {t('residents.mooShort', { moo: a.recipient.moo })}</small>}
      </td>
      <td>
        {adl ? (
          <>
            <AdlGroupBadge group={adl.group} testId="recipient-adl-group" />{' '}
            <span className="nowrap">{t('caregivers.recipients.points', { total: adl.total })}</span>
            <br />
            <small className="muted">{formatDate(adl.assessedOn, lang)}</small>
          </>
        ) : (
          <span className="muted">{t('caregivers.recipients.noAdl')}</span>
        )}
      </td>
      <td className="nowrap" data-testid="recipient-due">
        {adl ? formatDate(adl.reassessmentDueOn, lang) : '–'}
        {overdue && (
          <>
            {' '}
            <span className="badge badge--warn" data-testid="recipient-overdue">
              {t('caregivers.recipients.overdue')}
            </span>
          </>
        )}
      </td>
      <td className="nowrap">
        {a.to ? `${formatDate(a.from, lang)} – ${formatDate(a.to, lang)}` : t('caregivers.recipients.since', { date: formatDate(a.from, lang) })}
        <br />
        <small className="muted">{a.current ? t('caregivers.recipients.current') : t('caregivers.recipients.ended')}</small>
        {a.endReason && <small className="muted"> · {a.endReason}</small>}
      </td>
      <td>
        <div className="button-row">
          <Link to={`/residents/${a.recipient.id}/adl`} className="btn btn--small" data-testid="recipient-adl-link">
            {t('caregivers.recipients.assess')}
          </Link>
          {a.current && (
            <button type="button" className="btn btn--small btn--ghost" onClick={onEnd} data-testid="recipient-end">
              {t('caregivers.recipients.end')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
