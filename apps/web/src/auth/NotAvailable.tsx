import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLE_LABELS, type Role } from '@elderwork/contracts';
import { useLabel } from '../i18n';

const LAO_ROLES: readonly Role[] = ['staff', 'lao_admin'];

/**
 * What a signed-in user meets on a page their role does not open (issue 15): why, in words, and a
 * way on — never a silent jump to the home page. Officers are told that person-level pages stay
 * with the LAO that holds the records, and where their aggregates are.
 */
export function NotAvailable({ role, roles }: { role: Role; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const personLevel = roles.every((r) => LAO_ROLES.includes(r)) && !LAO_ROLES.includes(role);
  return (
    <section data-testid="not-available">
      <h1>{t('notAvailable.title')}</h1>
      <div className="card">
        <p>{personLevel ? t('notAvailable.personLevel') : t('notAvailable.role', { role: label(ROLE_LABELS, role) })}</p>
        <p>
          {personLevel && (
            <Link to="/statistics" className="btn btn--primary" data-testid="not-available-statistics">
              {t('statistics.homeLink')}
            </Link>
          )}{' '}
          <Link to="/" className="btn" data-testid="not-available-home">
            {t('notAvailable.home')}
          </Link>
        </p>
      </div>
    </section>
  );
}
