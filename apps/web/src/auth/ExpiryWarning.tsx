import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenExpiresAt, tokenStore } from '../api/client';
import { authApi } from '../api/endpoints';

/** Shown this long before the session ends. */
export const WARN_BEFORE_MS = 5 * 60 * 1000;

function remainingMs(): number | null {
  const token = tokenStore.get();
  const expiresAt = token ? tokenExpiresAt(token) : null;
  return expiresAt === null ? null : expiresAt - Date.now();
}

/** A banner a few minutes before the session ends, with a way to stay signed in (POST /api/auth/refresh). */
export function ExpiryWarning() {
  const { t } = useTranslation();
  const [remaining, setRemaining] = useState(remainingMs);
  const [atMax, setAtMax] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const timer = setInterval(() => setRemaining(remainingMs()), 15_000);
    return () => clearInterval(timer);
  }, []);

  if (remaining === null || remaining > WARN_BEFORE_MS || remaining <= 0) return null;
  const minutes = Math.max(1, Math.ceil(remaining / 60_000));

  const stay = async () => {
    setBusy(true);
    try {
      const renewed = await authApi.refresh();
      tokenStore.set(renewed.accessToken);
      setAtMax(Date.parse(renewed.expiresAt) - Date.now() <= WARN_BEFORE_MS);
      setRemaining(remainingMs());
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="session-banner" role="status" data-testid="session-expiry">
      <span>{t(atMax ? 'auth.expiresAtMax' : 'auth.expiresSoon', { minutes })}</span>
      {!atMax && (
        <button type="button" className="btn btn--primary" onClick={stay} disabled={busy} data-testid="stay-signed-in">
          {t('auth.staySignedIn')}
        </button>
      )}
    </div>
  );
}
