import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Dialog } from '../../ui/Dialog';

/** A click that would follow a link in this tab: the main button, no modifier, no other target, no download. */
function followedLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  return anchor;
}

/**
 * Asks before unsaved work is left behind (decision 0035). The app runs on <BrowserRouter>, not a
 * data router, so react-router's useBlocker is not available; instead, while `dirty`:
 * - closing or reloading the tab, or following a link out of the app, gets the browser's own
 *   question (`beforeunload`);
 * - a click on an in-app link (the tabs, the menu, any <Link>) is held in the capture phase, before
 *   the router sees it, and the Thai dialog asks; "leave" navigates there, "stay" keeps the page;
 * - `ask(proceed)` puts the same question before the page's own navigation (the month select).
 * The browser's back and forward buttons are not held (a <BrowserRouter> cannot cancel them).
 */
export function useLeaveGuard(dirty: boolean): { ask: (proceed: () => void) => void; dialog: ReactNode } {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [pending, setPending] = useState<(() => void) | null>(null);
  const here = location.pathname + location.search + location.hash;

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      const anchor = followedLink(event);
      if (!anchor) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return; // out of the app: beforeunload asks
      const to = url.pathname + url.search + url.hash;
      if (to === here) return;
      event.preventDefault();
      setPending(() => () => navigate(to));
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, here, navigate]);

  const ask = useCallback(
    (proceed: () => void) => {
      if (dirty) setPending(() => proceed);
      else proceed();
    },
    [dirty],
  );
  const stay = useCallback(() => setPending(null), []);

  const dialog = pending && (
    <Dialog title={t('occupations.income.leaveTitle')} testId="leave-dialog" onClose={stay}>
      <p>{t('occupations.income.leaveBody')}</p>
      <div className="dialog-actions">
        <button type="button" className="btn btn--primary" onClick={stay} data-testid="leave-stay">
          {t('occupations.income.leaveStay')}
        </button>
        <button
          type="button"
          className="btn btn--danger"
          onClick={() => {
            setPending(null);
            pending();
          }}
          data-testid="leave-confirm"
        >
          {t('occupations.income.leaveConfirm')}
        </button>
      </div>
    </Dialog>
  );
  return { ask, dialog };
}
