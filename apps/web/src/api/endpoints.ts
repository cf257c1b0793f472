import type {
  AuditEntryView,
  CreateEmployerDto,
  CreatePaymentDto,
  CreatePlacementDto,
  CreateResidentDto,
  CreateUserDto,
  EmployerView,
  ImportResult,
  LoginResponse,
  Modality,
  Page,
  PaymentView,
  PlacementStatus,
  PlacementView,
  PutSection35RateDto,
  RegistrySummary,
  RemoveResidentDto,
  ResidentView,
  Section35RateView,
  Section35Summary,
  UpdateEmployerDto,
  UpdatePlacementDto,
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

const id = (value: string) => encodeURIComponent(value);

export const employersApi = {
  list: () => api<EmployerView[]>('/api/employers'),
  get: (employerId: string) => api<EmployerView>(`/api/employers/${id(employerId)}`),
  create: (dto: CreateEmployerDto) => api<EmployerView>('/api/employers', { method: 'POST', json: dto }),
  update: (employerId: string, dto: UpdateEmployerDto) =>
    api<EmployerView>(`/api/employers/${id(employerId)}`, { method: 'PATCH', json: dto }),
};

export interface Province {
  code: string;
  name: string;
}

export const referenceApi = {
  provinces: () => api<Province[]>('/api/reference/provinces'),
  section35Rates: () => api<Section35RateView[]>('/api/reference/section35-rates'),
  putSection35Rate: (year: number, dto: PutSection35RateDto) =>
    api<Section35RateView>(`/api/reference/section35-rates/${year}`, { method: 'PUT', json: dto }),
};

export type YearType = 'calendar' | 'fiscal';

export interface PlacementQuery {
  year?: number;
  yearType?: YearType;
  modality?: Modality;
  employerId?: string;
  status?: PlacementStatus;
  residentId?: string;
}

export const placementsApi = {
  list: (params: PlacementQuery) =>
    api<{ items: PlacementView[]; total: number }>(`/api/placements${query({ ...params })}`),
  get: (placementId: string) => api<PlacementView>(`/api/placements/${id(placementId)}`),
  create: (dto: CreatePlacementDto) => api<PlacementView>('/api/placements', { method: 'POST', json: dto }),
  update: (placementId: string, dto: UpdatePlacementDto) =>
    api<PlacementView>(`/api/placements/${id(placementId)}`, { method: 'PATCH', json: dto }),
  addPayment: (placementId: string, dto: CreatePaymentDto) =>
    api<PaymentView>(`/api/placements/${id(placementId)}/payments`, { method: 'POST', json: dto }),
};

export const section35Api = {
  summary: (year: number, yearType: YearType) =>
    api<Section35Summary>(`/api/section35/summary${query({ year, yearType })}`),
};
