import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { initI18n } from './i18n';

// findBy… waits up to 5 s: on a loaded CI machine a page's first render can take more than the default 1 s.
configure({ asyncUtilTimeout: 5000 });
initI18n('th');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  initI18n('th');
});
