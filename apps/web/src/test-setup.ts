import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { initI18n } from './i18n';

initI18n('th');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  localStorage.clear();
  initI18n('th');
});
