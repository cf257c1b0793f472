import type { ReactNode } from 'react';

type Tone = 'error' | 'success' | 'info';

/** A message box above a form or page; errors are announced to screen readers. */
export function Alert({ tone, children, testId }: { tone: Tone; children: ReactNode; testId?: string }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}
