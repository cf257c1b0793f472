import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/**
 * Server state lives in TanStack Query (decision 0050). One client per app (and per test):
 *
 * - a failed read is retried only when trying again can help (the network, a 5xx), twice; a 4xx
 *   is the server's answer and shows at once (`LoadError` takes the query's `error`);
 * - writes are never retried (a mutation's `error` goes to `SaveProblemAlert` / `ProblemText`,
 *   through `useDtoForm` in forms);
 * - no refetch on window focus: a page is read when it is opened (cached data shows at once and
 *   is refreshed behind it, `staleTime` 0) and after a change of ours (mutations invalidate what
 *   they change), never while someone is typing into a form built from it.
 */
export function createQueryClient({ test = false }: { test?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: test ? false : (failures, error) => failures < 2 && worthRetrying(error),
        refetchOnWindowFocus: false,
        // Tests answer at once: no garbage collection timers left running after them.
        ...(test ? { gcTime: Infinity } : {}),
      },
      mutations: { retry: false },
    },
  });
}

function worthRetrying(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status >= 500;
}

/** What `LoadError` and a page need from a query to show its failure and a retry. */
export interface Retryable {
  error: unknown;
  refetch: () => unknown;
}
