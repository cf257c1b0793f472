import type { Model } from '@elderwork/contracts';

/** One colour per employment model in every chart, and one for the total. */
export const MODEL_COLORS: Record<Model | 'total', string> = {
  section35: '#1f6f5c',
  caregiver: '#2f6f9f',
  occupation: '#d9822b',
  total: '#1f2a33',
};

export const compact = new Intl.NumberFormat('th-TH', { notation: 'compact', maximumFractionDigits: 1 });
