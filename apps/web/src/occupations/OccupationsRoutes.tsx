import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The feature is one chunk, fetched on the first visit to /occupations: the main bundle stays small.
const OccupationsPages = lazy(() => import('./OccupationsPages').then((m) => ({ default: m.OccupationsPages })));

/**
 * /occupations/* (อาชีพอิสระ): mounted once in app.tsx behind the LAO-role guard; its pages and
 * their descendant routes live in OccupationsPages, so the shared route file keeps one entry.
 */
export function OccupationsRoutes() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="page-loading">{t('common.loading')}</p>}>
      <OccupationsPages />
    </Suspense>
  );
}
