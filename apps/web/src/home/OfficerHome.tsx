import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '@elderwork/contracts';
import { useUser } from '../auth/auth-context';
import { useLabel } from '../i18n';

/** Provincial and DLA officers see aggregates only; their statistics pages come later. */
export function OfficerHome() {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useUser();
  return (
    <section data-testid="officer-home">
      <h1>{t('home.officerTitle')}</h1>
      <p className="muted">
        {user.orgUnit.name} · {label(ROLE_LABELS, user.role)}
      </p>
      <div className="card">
        <p>{t('home.officerBody')}</p>
        <p className="muted">{t('home.officerSoon')}</p>
      </div>
    </section>
  );
}
