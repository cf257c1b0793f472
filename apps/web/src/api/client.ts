import type { ErrorBody } from '@elderwork/contracts';

const TOKEN_KEY = 'elderwork.token';

/** The bearer token lives in sessionStorage: it dies with the tab, and is not shared between tabs. */
export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

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

let onUnauthorized: () => void = () => undefined;

/** Called when a signed-in request gets 401 (expired or revoked token): the app goes back to login. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
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
}

async function send(path: string, { method = 'GET', json, form, headers: extra }: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extra };
  const token = tokenStore.get();
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
  if (response.status === 401 && token) {
    tokenStore.clear();
    onUnauthorized();
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
