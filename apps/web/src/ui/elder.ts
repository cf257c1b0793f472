import type { ResidentView } from '@elderwork/contracts';

/** Dashes and spaces typed in an ID are not in the stored digits. */
export function searchTerm(q: string): string {
  return /^[\d\s-]+$/.test(q) ? q.replace(/[\s-]/g, '') : q;
}

export const elderName = (r: Pick<ResidentView, 'prefix' | 'firstName' | 'lastName'>): string =>
  `${r.prefix}${r.firstName} ${r.lastName}`;
