import type { ErrorBody } from '@elderwork/contracts';

export const TOKEN_KEY = 'elderwork.token';

/**
 * The bearer token lives in localStorage: every tab of the browser shares one session, and it
 * survives a browser restart for its lifetime (decision 0025). Other tabs hear of a change through
 * the `storage` event (see AuthProvider).
 */
export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};

/** When the token stops being accepted (its `exp` claim, in ms), or null when it cannot be read. */
export function tokenExpiresAt(token: string): number | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/** An answer of the API other than 2xx; `body` is the API's ErrorBody when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }

  get code(): string {
    return this.body.code;
  }
}

/** The server could not be reached at all. */
export class NetworkError extends Error {
  constructor(readonly original: unknown) {
    super('network error');
    this.name = 'NetworkError';
  }
}

/**
 * Asked when a signed-in request gets 401 (the session expired or was ended): resolves true once
 * the user has signed in again (the request is then sent once more with the new token), false when
 * they chose to sign out. Nothing the user typed is lost either way: the page stays where it was.
 */
type Reauthenticate = () => Promise<boolean>;
let reauthenticate: Reauthenticate = () => Promise.resolve(false);

export function setUnauthorizedHandler(handler: Reauthenticate): void {
  reauthenticate = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  method?: Method;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart/form-data (the browser sets the boundary). */
  form?: FormData;
  /** Extra request headers (e.g. `Prefer: respond-async`). */
  headers?: Record<string, string>;
  /** A call that is itself signing in: a 401 is its answer, never a reason to ask for the password. */
  anonymous?: boolean;
}

async function send(path: string, options: RequestOptions, retried = false): Promise<Response> {
  const { method = 'GET', json, form, headers: extra, anonymous = false } = options;
  const headers: Record<string, string> = { Accept: 'application/json', ...extra };
  const token = anonymous ? null : tokenStore.get();
  if (token) headers['Authorization'] = `Bearer ${token}`;
  let body: BodyInit | undefined = form;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (response.ok) return response;
  const errorBody = await readErrorBody(response);
  if (response.status === 401 && token && !retried) {
    // Another tab may have signed in again already; otherwise ask for the password.
    const fresh = tokenStore.get();
    if ((fresh && fresh !== token) || (await reauthenticate())) return send(path, options, true);
  }
  throw new ApiError(response.status, errorBody);
}

async function readErrorBody(response: Response): Promise<ErrorBody> {
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object' && 'code' in parsed) return parsed as ErrorBody;
  } catch {
    // Not JSON (a proxy error page, say): fall through.
  }
  return { statusCode: response.status, code: `HTTP_${response.status}`, message: response.statusText };
}

/** Call the API and parse its JSON answer (undefined for 204). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Download a file the API serves behind the bearer token (a plain link would not carry it). */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await send(path, {});
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? match[2]) : fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
