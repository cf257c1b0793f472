import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi, type Mock } from 'vitest';
import type { UserView } from '@elderwork/contracts';
import { createQueryClient } from './api/query';
import { AuthContext, type AuthState } from './auth/auth-context';

export const staffUser: UserView = {
  id: 'u-staff',
  email: 'staff@khlaengkachet.demo',
  displayName: 'สมศรี ใจดี',
  role: 'staff',
  active: true,
  orgUnit: {
    id: 'ou-1',
    code: '5210104',
    name: 'แกลง-กะเฉด',
    type: 'lao',
    laoType: 'subdistrict_municipality',
    provinceCode: '21',
    provinceName: 'ระยอง',
  },
};

/** A fresh query client for one test: nothing cached from another test, no retries. */
export function testQueryClient(): QueryClient {
  return createQueryClient({ test: true });
}

/**
 * Render `element` at `path` (matched by `route`) as a signed-in user; other paths render their pathname.
 * Each call gets its own query client (`queryClient` to share one, e.g. to look at its cache).
 */
export function renderAt(
  element: ReactNode,
  {
    path = '/',
    route = '*',
    user = staffUser,
    queryClient = testQueryClient(),
  }: { path?: string; route?: string; user?: UserView; queryClient?: QueryClient } = {},
) {
  const auth: AuthState = { user, login: vi.fn(), signIn: vi.fn(), logout: vi.fn() };
  return render(
    <QueryClientProvider client={queryClient}>
      <AuthContext.Provider value={auth}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={element} />
            <Route path="*" element={<Where />} />
          </Routes>
        </MemoryRouter>
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
}

function Where() {
  const { pathname, search } = useLocation();
  return <p data-testid="elsewhere">{pathname + search}</p>;
}

export interface Call {
  url: string;
  method: string;
  body: unknown;
}

/**
 * Replace fetch with `respond`, which answers [status, json] for each request.
 * Returns the recorded calls (JSON bodies parsed).
 */
export function mockFetch(respond: (call: Call) => [number, unknown]): { calls: Call[]; fetch: Mock } {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : init.body;
    const call: Call = { url, method: init.method ?? 'GET', body };
    calls.push(call);
    const [status, json] = respond(call);
    return new Response(json === undefined ? null : JSON.stringify(json), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, fetch };
}

/** Wrap a component rendered without `renderAt` (no router, no user) in a fresh query client. */
export function withQueryClient(children: ReactNode, queryClient = testQueryClient()) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** The element a selector names; a missing one fails the test here rather than as a null later. */
export function el(selector: string): Element {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
