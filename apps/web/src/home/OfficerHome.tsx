import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLE_LABELS } from '@elderwork/contracts';
import { useUser } from '../auth/auth-context';
import { useLabel } from '../i18n';

/** Provincial and DLA officers see aggregates only: the statistics page, and the Section 35 rates (DLA officers maintain them). */
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
        <p>
          <Link to="/statistics" className="btn btn--primary" data-testid="officer-statistics-link">
            {t('statistics.homeLink')}
          </Link>
        </p>
      </div>
      <p>
        <Link to="/reference/section35-rates" data-testid="officer-rates-link">
          {t('home.ratesLink')}
        </Link>
      </p>
    </section>
  );
}
