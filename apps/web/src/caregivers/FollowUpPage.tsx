import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../i18n';
import { formatDate } from '../i18n/format';
import { AdlGroupBadge } from '../ui/AdlGroupBadge';
import { LoadError } from '../ui/LoadError';
import { formatMonth } from './month';
import { useFollowUp } from './queries';

const number = new Intl.NumberFormat('th-TH');

/**
 * What the care manager follows up: overdue ADL re-assessments, elders in care no longer dependent
 * (for staff to decide, decision 0034), volunteers below 2 elders, and last month's short visit days.
 */
export function FollowUpPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const followUp = useFollowUp();
  const { data } = followUp;

  if (followUp.isError) return <LoadError query={followUp} />;
  if (!data) return <p className="page-loading">{t('common.loading')}</p>;

  return (
    <section>
      <h1>
        {t('caregivers.followUp.title')}
        <small className="muted" data-testid="follow-up-as-of">
          {t('caregivers.followUp.asOf', { date: formatDate(data.asOf, lang, 'long') })}
        </small>
      </h1>
      <FollowUpList
        testId="follow-up-stale"
        title={t('caregivers.followUp.stale')}
        empty={t('caregivers.followUp.staleEmpty')}
        head={[t('caregivers.followUp.elder'), t('caregivers.followUp.lastAssessed'), t('caregivers.followUp.due'), t('caregivers.followUp.caregiver')]}
        rows={data.staleAssessments}
        keyOf={(s) => s.recipient.id}
        row={(s) => (
          <>
            <td>
              <Link to={`/residents/${s.recipient.id}/adl`}>{s.recipient.name}</Link>
            </td>
            <td>
              {formatDate(s.lastAssessedOn, lang)} · <AdlGroupBadge group={s.group} /> {t('caregivers.recipients.points', { total: s.lastTotal })}
            </td>
            <td>
              <span className="badge badge--warn">{formatDate(s.reassessmentDueOn, lang)}</span>
            </td>
            <td>
              <Link to={`/caregivers/${s.caregiver.id}`}>{s.caregiver.name}</Link>
            </td>
          </>
        )}
      />
      <FollowUpList
        testId="follow-up-not-dependent"
        title={t('caregivers.followUp.notDependent')}
        empty={t('caregivers.followUp.notDependentEmpty')}
        head={[t('caregivers.followUp.elder'), t('caregivers.followUp.assessment'), t('caregivers.followUp.inCareSince'), t('caregivers.followUp.caregiver')]}
        rows={data.noLongerDependent}
        keyOf={(n) => n.assignmentId}
        row={(n) => (
          <>
            <td>
              <Link to={`/residents/${n.recipient.id}/adl`}>{n.recipient.name}</Link>{' '}
              <span className="badge badge--warn">⚠ {t('caregivers.recipients.noLongerDependent')}</span>
            </td>
            <td>
              {formatDate(n.assessedOn, lang)} · <AdlGroupBadge group={n.group} /> {t('caregivers.recipients.points', { total: n.total })}
            </td>
            <td className="nowrap">{formatDate(n.from, lang)}</td>
            <td>
              <Link to={`/caregivers/${n.caregiver.id}`}>{n.caregiver.name}</Link>
            </td>
          </>
        )}
      />
      <FollowUpList
        testId="follow-up-below"
        title={t('caregivers.followUp.below')}
        empty={t('caregivers.followUp.belowEmpty')}
        head={[t('caregivers.followUp.caregiver'), t('caregivers.col.recipients')]}
        rows={data.belowMinimum}
        keyOf={(b) => b.caregiver.id}
        row={(b) => (
          <>
            <td>
              <Link to={`/caregivers/${b.caregiver.id}`}>{b.caregiver.name}</Link>
            </td>
            <td>
              {number.format(b.activeRecipients)} {t('caregivers.persons')}
            </td>
          </>
        )}
      />
      <FollowUpList
        testId="follow-up-short"
        title={t('caregivers.followUp.short', { month: formatMonth(data.lastMonth, lang) })}
        empty={t('caregivers.followUp.shortEmpty')}
        head={[t('caregivers.followUp.caregiver'), t('caregivers.followUp.visitDays'), t('caregivers.followUp.expected')]}
        rows={data.shortVisitDays}
        keyOf={(s) => s.caregiver.id}
        row={(s) => (
          <>
            <td>
              <Link to={`/caregivers/${s.caregiver.id}/month?month=${s.month}`}>{s.caregiver.name}</Link>
            </td>
            <td>
              {number.format(s.visitDays)} {t('caregivers.days')}
            </td>
            <td>
              {number.format(s.expectedDays)} {t('caregivers.days')}
            </td>
          </>
        )}
      />
    </section>
  );
}

interface FollowUpListProps<T> {
  testId: string;
  title: string;
  empty: string;
  head: string[];
  rows: T[];
  keyOf: (row: T) => string;
  /** The row's cells. */
  row: (row: T) => ReactNode;
}

function FollowUpList<T>({ testId, title, empty, head, rows, keyOf, row }: FollowUpListProps<T>) {
  return (
    <section className="card" data-testid={testId}>
      <h2>
        {title} <span className="badge">{number.format(rows.length)}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                {head.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={keyOf(r)} data-testid={`${testId}-row`}>
                  {row(r)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
