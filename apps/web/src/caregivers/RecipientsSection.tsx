import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ADL_GROUP_LABELS, isNoLongerDependent, type CareAssignmentView, type CaregiverDetailView } from '@elderwork/contracts';
import { formatNationalId, todayInBangkok } from '@elderwork/thai';
import { useLabel, useLang } from '../i18n';
import { formatDate, toBeInput } from '../i18n/format';
import { AdlGroupBadge } from '../ui/AdlGroupBadge';
import { Alert } from '../ui/Alert';
import { EndAssignment } from './EndAssignment';

/** Where the end form is open: under the warning about the elder, or under their row. */
interface Ending {
  recipientId: string;
  at: 'warning' | 'row';
}

/**
 * Elders in the caregiver's care (current first, as the API orders them), with their latest ADL and
 * when it is due again. An elder assessed above the dependent range is warned about above the table
 * (visible on a phone without scrolling it), with the end action; the care is not ended for them (decision 0034).
 */
export function RecipientsSection({ caregiver, onEnded }: { caregiver: CaregiverDetailView; onEnded: () => void }) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState<Ending | null>(null);
  const toggle = (recipientId: string, at: Ending['at']) =>
    setEnding(ending?.recipientId === recipientId && ending.at === at ? null : { recipientId, at });
  const isEnding = (a: CareAssignmentView, at: Ending['at']) => ending?.recipientId === a.recipient.id && ending.at === at;
  const notDependent = caregiver.recipients.filter(isNoLongerDependent);
  const endDefaults = useEndDefaults();
  return (
    <section className="card" data-testid="recipients">
      <h2>{t('caregivers.recipients.title')}</h2>
      {notDependent.map((a) => (
        <Fragment key={a.id}>
          <NotDependentWarning assignment={a} onEnd={() => toggle(a.recipient.id, 'warning')} />
          {isEnding(a, 'warning') && <EndAssignment caregiverId={caregiver.id} assignment={a} defaults={endDefaults(a)} onEnded={onEnded} />}
        </Fragment>
      ))}
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
                  <RecipientRow assignment={a} onEnd={() => toggle(a.recipient.id, 'row')} />
                  {isEnding(a, 'row') && (a.current || isNoLongerDependent(a)) && (
                    <tr className="row-form">
                      <td colSpan={5}>
                        <EndAssignment caregiverId={caregiver.id} assignment={a} defaults={endDefaults(a)} onEnded={onEnded} />
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

/** The elder's latest ADL is above the dependent range while the care goes on: staff decide whether it ends. */
function NotDependentWarning({ assignment: a, onEnd }: { assignment: CareAssignmentView; onEnd: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const adl = a.latestAdl;
  if (!adl) return null;
  return (
    <div data-testid="recipient-not-dependent-warning" data-recipient-id={a.recipient.id}>
      <Alert tone="error">
        <strong>
          ⚠ {a.recipient.name}: {t('caregivers.recipients.noLongerDependent')}
        </strong>
        <br />
        {t('caregivers.recipients.noLongerDependentWarning', { date: formatDate(adl.assessedOn, lang), total: adl.total, group: label(ADL_GROUP_LABELS, adl.group) })}
        <div className="button-row">
          <button type="button" className="btn btn--small btn--danger" onClick={onEnd} data-testid="recipient-not-dependent-end">
            {t('caregivers.recipients.end')}
          </button>
        </div>
      </Alert>
    </div>
  );
}

/**
 * The end form, filled for an elder no longer dependent: the last day is the assessment's (when it
 * falls within the care, else today) and the reason names the assessment. Staff may change both.
 */
function useEndDefaults(): (a: CareAssignmentView) => { to: string; reason: string } | undefined {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  return (a) => {
    const adl = a.latestAdl;
    if (!adl || !isNoLongerDependent(a)) return undefined;
    const today = todayInBangkok();
    const to = adl.assessedOn >= a.from && adl.assessedOn <= today ? adl.assessedOn : today;
    return {
      to: toBeInput(to),
      reason: t('caregivers.recipients.endNotDependentReason', { date: formatDate(adl.assessedOn, lang), total: adl.total, group: label(ADL_GROUP_LABELS, adl.group) }),
    };
  };
}

function RecipientRow({ assignment: a, onEnd }: { assignment: CareAssignmentView; onEnd: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const adl = a.latestAdl;
  const overdue = adl !== null && a.current && adl.reassessmentDueOn < todayInBangkok();
  const notDependent = isNoLongerDependent(a);
  return (
    <tr
      data-testid="recipient-row"
      data-current={a.current}
      data-not-dependent={notDependent}
      data-recipient-id={a.recipient.id}
      className={a.current ? undefined : 'inactive'}
    >
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
            {notDependent && (
              <>
                <br />
                <span className="badge badge--warn" data-testid="recipient-not-dependent">
                  ⚠ {t('caregivers.recipients.noLongerDependent')}
                </span>
              </>
            )}
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
          {(a.current || notDependent) && (
            <button type="button" className="btn btn--small btn--ghost" onClick={onEnd} data-testid="recipient-end">
              {t('caregivers.recipients.end')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
