import { useTranslation } from 'react-i18next';
import { MODALITY_LABELS, type Section35Summary } from '@elderwork/contracts';
import { useLabel, useLang } from '../i18n';
import { GroupTable } from '../ui/GroupTable';
import { formatMoney } from '../ui/money';
import { Stat } from '../ui/Stat';

/** Section 35's own figures in the report: placements by modality and by employer, contract value, paid to date. */
export function Section35Details({ summary }: { summary: Section35Summary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  return (
    <div data-testid="section35-details">
      <div className="stats">
        <Stat label={t('reports.section35.placements')} value={summary.placements} unit={t('section35.items')} testId="s35-placements" />
        <Stat label={t('reports.section35.value')} value={formatMoney(summary.value, lang)} unit={t('section35.baht')} testId="s35-value" />
        <Stat label={t('reports.section35.paid')} value={formatMoney(summary.paid, lang)} unit={t('section35.baht')} testId="s35-paid" />
      </div>
      <GroupTable
        title={t('reports.section35.byModality')}
        rows={summary.byModality.map((g) => ({ ...g, key: g.modality, label: label(MODALITY_LABELS, g.modality) }))}
        testId="s35-by-modality"
      />
      <GroupTable
        title={t('reports.section35.byEmployer')}
        rows={summary.byEmployer.map((g) => ({ ...g, key: g.employerId, label: g.name }))}
        testId="s35-by-employer"
      />
    </div>
  );
}
