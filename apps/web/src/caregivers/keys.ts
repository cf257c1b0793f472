import type { CaregiverStatus } from '@elderwork/contracts';
import type { CareVisitQuery } from '../api/endpoints';

/**
 * Query keys of long-term care (decision 0050). Caregivers, their recipients, visits, month
 * summaries, stipends and the follow-up list hang together (a visit moves the month and the
 * stipend; an assignment the roster and the follow-up): every change invalidates `all`, which
 * refetches what is on the screen and marks the rest stale.
 */
export const caregiverKeys = {
  all: ['caregivers'] as const,
  list: (status?: CaregiverStatus) => [...caregiverKeys.all, 'list', status ?? 'all'] as const,
  detail: (id: string) => [...caregiverKeys.all, 'detail', id] as const,
  month: (id: string, month: string) => [...caregiverKeys.all, 'month', id, month] as const,
  followUp: () => [...caregiverKeys.all, 'follow-up'] as const,
  visits: (query: CareVisitQuery) => [...caregiverKeys.all, 'visits', query] as const,
  stipends: (month: string) => [...caregiverKeys.all, 'stipends', month] as const,
};
