import type {
  AuditEntryView,
  CreateResidentDto,
  CreateUserDto,
  ImportResult,
  LoginResponse,
  Page,
  RegistrySummary,
  RemoveResidentDto,
  ResidentView,
  UpdateResidentDto,
  UpdateUserDto,
  UserView,
} from '@elderwork/contracts';
import { api, download, query } from './client';

/** Every API call the web app makes, typed by the shared contracts. */
export const authApi = {
  login: (email: string, password: string) =>
    api<LoginResponse>('/api/auth/login', { method: 'POST', json: { email, password } }),
  me: () => api<UserView>('/api/me'),
};

export interface ResidentQuery {
  q?: string;
  page?: number;
  pageSize?: number;
}

export const residentsApi = {
  list: (params: ResidentQuery) => api<Page<ResidentView>>(`/api/residents${query({ ...params })}`),
  summary: () => api<RegistrySummary>('/api/residents/summary'),
  get: (id: string) => api<ResidentView>(`/api/residents/${encodeURIComponent(id)}`),
  create: (dto: CreateResidentDto) => api<ResidentView>('/api/residents', { method: 'POST', json: dto }),
  update: (id: string, dto: UpdateResidentDto) =>
    api<ResidentView>(`/api/residents/${encodeURIComponent(id)}`, { method: 'PATCH', json: dto }),
  remove: (id: string, dto: RemoveResidentDto) =>
    api<void>(`/api/residents/${encodeURIComponent(id)}`, { method: 'DELETE', json: dto }),
  audit: (id: string) => api<AuditEntryView[]>(`/api/residents/${encodeURIComponent(id)}/audit`),
  downloadTemplate: (format: 'csv' | 'xlsx') =>
    download(`/api/residents/import/template?format=${format}`, `elderwork-residents-template.${format}`),
  import: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api<ImportResult>('/api/residents/import', { method: 'POST', form });
  },
};

export const usersApi = {
  // Accepts a bare array or a Page, so the list keeps working if the API starts paging.
  list: async (): Promise<UserView[]> => {
    const result = await api<UserView[] | Page<UserView>>('/api/users');
    return Array.isArray(result) ? result : result.items;
  },
  create: (dto: CreateUserDto) => api<UserView>('/api/users', { method: 'POST', json: dto }),
  update: (id: string, dto: UpdateUserDto) =>
    api<UserView>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', json: dto }),
};
