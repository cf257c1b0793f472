import type {
  AccountMessage,
  AuditEntryView,
  ChangePasswordDto,
  ForgotPasswordDto,
  SetPasswordDto,
  CreateEmployerDto,
  CreatePaymentDto,
  CreatePlacementDto,
  CreateResidentDto,
  CreateUserDto,
  EmployerView,
  ImportJobView,
  ImportResult,
  RenewedSession,
  Modality,
  Page,
  PaymentView,
  PlacementStatus,
  PlacementView,
  PutSection35RateDto,
  RegistrySummary,
  RemoveResidentDto,
  ResidentQueryDto,
  ResidentView,
  Section35RateView,
  Section35Summary,
  UpdateEmployerDto,
  UpdatePlacementDto,
  UpdateResidentDto,
  UpdateUserDto,
  UserView,
  // Local caregiver volunteers and ADL (docs/decisions/0011).
  AdlAssessmentView,
  AssignRecipientDto,
  CareAssignmentView,
  CareVisitView,
  CaregiverDetailView,
  CaregiverFollowUp,
  CaregiverMonthSummary,
  CaregiverStatus,
  CaregiverView,
  CreateAdlAssessmentDto,
  CreateCareVisitDto,
  CreateCaregiverDto,
  EndAssignmentDto,
  MarkStipendPaidDto,
  StipendGeneration,
  StipendView,
  UpdateCaregiverDto,
  // Independent occupations (docs/decisions/0012).
  CourseDetailView,
  CourseKind,
  CourseSessionView,
  CourseView,
  CreateCourseDto,
  CreateIncomeRecordDto,
  CreateJobDto,
  CreateJobPlacementDto,
  CreateProductDto,
  CreateSessionDto,
  CreateWisdomDto,
  EnrolmentView,
  FollowUpDto,
  IncomeMonthResult,
  IncomeRecordList,
  IncomeRecordView,
  JobDetailView,
  JobField,
  JobMatchView,
  JobPlacementView,
  JobView,
  OccupationsSummary,
  ProductCategory,
  ProductView,
  UpdateCourseDto,
  UpdateJobDto,
  UpdateJobPlacementDto,
  UpdateProductDto,
  UpdateSessionDto,
  UpdateWisdomDto,
  WisdomBranch,
  WisdomRegistrationView,
} from '@elderwork/contracts';
import { api, download, query } from './client';
import type {
  ConfirmSecondFactorDto,
  SecondFactorEnrolled,
  SecondFactorSetup,
  SecondFactorStatus,
  StartSecondFactorDto,
  LoginResult,
  Model, ReportVersion, Statistics, StatisticsGroup, TotpLoginResponse, YearlyReport } from '@elderwork/contracts';

/** Every API call the web app makes, typed by the shared contracts. */
export const authApi = {
  login: (email: string, password: string) =>
    api<LoginResult>('/api/auth/login', { method: 'POST', json: { email, password }, anonymous: true }),
  /** The second step: a code from the authenticator app or a recovery code (decision 0024). */
  totp: (challengeToken: string, code: string) =>
    api<TotpLoginResponse>('/api/auth/totp', { method: 'POST', json: { challengeToken, code }, anonymous: true }),
  me: () => api<UserView>('/api/me'),
  refresh: () => api<RenewedSession>('/api/auth/refresh', { method: 'POST' }),
  /** Ends the session on the server; a token already refused there is simply forgotten. */
  logout: (token: string) => fetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).then(() => undefined),
  activate: (dto: SetPasswordDto) => api<void>('/api/auth/activate', { method: 'POST', json: dto, anonymous: true }),
  reset: (dto: SetPasswordDto) => api<void>('/api/auth/reset', { method: 'POST', json: dto, anonymous: true }),
  forgot: (dto: ForgotPasswordDto) => api<AccountMessage>('/api/auth/forgot', { method: 'POST', json: dto, anonymous: true }),
  changePassword: (dto: ChangePasswordDto) => api<void>('/api/me/password', { method: 'POST', json: dto }),
  /** The owner's own authenticator (decision 0026). */
  secondFactor: () => api<SecondFactorStatus>('/api/me/second-factor'),
  startSecondFactor: (dto: StartSecondFactorDto) => api<SecondFactorSetup>('/api/me/second-factor', { method: 'POST', json: dto }),
  confirmSecondFactor: (dto: ConfirmSecondFactorDto) => api<SecondFactorEnrolled>('/api/me/second-factor/confirm', { method: 'POST', json: dto }),
};

/** The registry list's query: search, page, the removed records, filters and sort (decision 0038). */
export type ResidentQuery = Partial<ResidentQueryDto>;

export const residentsApi = {
  list: ({ removed, livingAlone, ...params }: ResidentQuery) =>
    api<Page<ResidentView>>(`/api/residents${query({ ...params, removed: removed ? 'true' : undefined, livingAlone: livingAlone === undefined ? undefined : String(livingAlone) })}`),
  summary: () => api<RegistrySummary>('/api/residents/summary'),
  get: (id: string) => api<ResidentView>(`/api/residents/${encodeURIComponent(id)}`),
  create: (dto: CreateResidentDto) => api<ResidentView>('/api/residents', { method: 'POST', json: dto }),
  update: (id: string, dto: UpdateResidentDto) =>
    api<ResidentView>(`/api/residents/${encodeURIComponent(id)}`, { method: 'PATCH', json: dto }),
  remove: (id: string, dto: RemoveResidentDto) =>
    api<void>(`/api/residents/${encodeURIComponent(id)}`, { method: 'DELETE', json: dto }),
  audit: (id: string) => api<AuditEntryView[]>(`/api/residents/${encodeURIComponent(id)}/audit`),
  restore: (id: string, version: number) =>
    api<ResidentView>(`/api/residents/${encodeURIComponent(id)}/restore`, { method: 'POST', json: { version } }),
  downloadTemplate: (format: 'csv' | 'xlsx') =>
    download(`/api/residents/import/template?format=${format}`, `elderwork-residents-template.${format}`),
  /** Starts the import as a job and returns at once (202); follow it with importsApi.get. */
  import: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api<ImportJobView>('/api/residents/import', { method: 'POST', form, headers: { Prefer: 'respond-async' } });
  },
};

export const importsApi = {
  get: (id: string) => api<ImportJobView>(`/api/imports/${encodeURIComponent(id)}`),
  cancel: (id: string) => api<ImportJobView>(`/api/imports/${encodeURIComponent(id)}/cancel`, { method: 'POST' }),
};

export const usersApi = {
  // Accepts a bare array or a Page, so the list keeps working if the API starts paging.
  list: async (orgUnitCode?: string): Promise<UserView[]> => {
    const result = await api<UserView[] | Page<UserView>>(orgUnitCode ? `/api/users?orgUnitCode=${encodeURIComponent(orgUnitCode)}` : '/api/users');
    return Array.isArray(result) ? result : result.items;
  },
  create: (dto: CreateUserDto) => api<UserView>('/api/users', { method: 'POST', json: dto }),
  update: (id: string, dto: UpdateUserDto) =>
    api<UserView>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', json: dto }),
  sendResetLink: (id: string) => api<AccountMessage>(`/api/users/${encodeURIComponent(id)}/reset-link`, { method: 'POST' }),
  unlock: (id: string) => api<AccountMessage>(`/api/users/${encodeURIComponent(id)}/unlock`, { method: 'POST' }),
  downloadTemplate: (format: 'csv' | 'xlsx') =>
    download(`/api/users/import/template?format=${format}`, `elderwork-lao-admins-template.${format}`),
  /** LAOs' first administrators from a file (province and DLA officers), each mailed an activation link. */
  import: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api<ImportResult>('/api/users/import', { method: 'POST', form });
  },
  /** A lost phone: the account enrols a new authenticator at its next login (decision 0024). */
  resetSecondFactor: (id: string) => api<void>(`/api/users/${encodeURIComponent(id)}/second-factor`, { method: 'DELETE' }),
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

/** Barthel ADL assessments of an elder (health data: the API audits every read and write). */
export const adlApi = {
  history: (residentId: string) => api<AdlAssessmentView[]>(`/api/residents/${id(residentId)}/adl-assessments`),
  create: (residentId: string, dto: CreateAdlAssessmentDto) =>
    api<AdlAssessmentView>(`/api/residents/${id(residentId)}/adl-assessments`, { method: 'POST', json: dto }),
};

export const caregiversApi = {
  list: (status?: CaregiverStatus) => api<CaregiverView[]>(`/api/caregivers${query({ status })}`),
  get: (caregiverId: string) => api<CaregiverDetailView>(`/api/caregivers/${id(caregiverId)}`),
  create: (dto: CreateCaregiverDto) => api<CaregiverDetailView>('/api/caregivers', { method: 'POST', json: dto }),
  update: (caregiverId: string, dto: UpdateCaregiverDto) =>
    api<CaregiverDetailView>(`/api/caregivers/${id(caregiverId)}`, { method: 'PATCH', json: dto }),
  assign: (caregiverId: string, dto: AssignRecipientDto) =>
    api<CareAssignmentView>(`/api/caregivers/${id(caregiverId)}/recipients`, { method: 'POST', json: dto }),
  endAssignment: (caregiverId: string, recipientId: string, dto: EndAssignmentDto) =>
    api<CareAssignmentView>(`/api/caregivers/${id(caregiverId)}/recipients/${id(recipientId)}/end`, { method: 'POST', json: dto }),
  /** `month` is 'YYYY-MM' (CE). */
  month: (caregiverId: string, month: string) =>
    api<CaregiverMonthSummary>(`/api/caregivers/${id(caregiverId)}/months/${id(month)}`),
  followUp: () => api<CaregiverFollowUp>('/api/caregivers/follow-up'),
};

export interface CareVisitQuery {
  caregiverId?: string;
  recipientId?: string;
  month?: string;
}

export const careVisitsApi = {
  list: (params: CareVisitQuery) => api<CareVisitView[]>(`/api/care-visits${query({ ...params })}`),
  create: (dto: CreateCareVisitDto) => api<CareVisitView>('/api/care-visits', { method: 'POST', json: dto }),
};

export const stipendsApi = {
  list: (month: string) => api<StipendView[]>(`/api/stipends${query({ month })}`),
  /** 200 with what this call created and what was there already (running it again creates nothing). */
  generate: (month: string) => api<StipendGeneration>('/api/stipends/generate', { method: 'POST', json: { month } }),
  markPaid: (stipendId: string, dto: MarkStipendPaidDto) =>
    api<StipendView>(`/api/stipends/${id(stipendId)}/paid`, { method: 'POST', json: dto }),
};

// ---------- Independent occupations (docs/decisions/0012) ----------

/** Query strings carry booleans as 'true' / 'false'. */
const flag = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : String(value));

export interface CourseQuery {
  kind?: CourseKind;
  year?: number;
  yearType?: YearType;
  q?: string;
}

export const coursesApi = {
  list: (params: CourseQuery) => api<{ items: CourseView[]; total: number }>(`/api/courses${query({ ...params })}`),
  get: (courseId: string) => api<CourseDetailView>(`/api/courses/${id(courseId)}`),
  create: (dto: CreateCourseDto) => api<CourseDetailView>('/api/courses', { method: 'POST', json: dto }),
  update: (courseId: string, dto: UpdateCourseDto) =>
    api<CourseDetailView>(`/api/courses/${id(courseId)}`, { method: 'PATCH', json: dto }),
  addSession: (courseId: string, dto: CreateSessionDto) =>
    api<CourseSessionView>(`/api/courses/${id(courseId)}/sessions`, { method: 'POST', json: dto }),
  updateSession: (courseId: string, sessionId: string, dto: UpdateSessionDto) =>
    api<CourseSessionView>(`/api/courses/${id(courseId)}/sessions/${id(sessionId)}`, { method: 'PATCH', json: dto }),
  /** Replaces the session's attendance with these elders ([] clears it). */
  attendance: (courseId: string, sessionId: string, residentIds: string[]) =>
    api<CourseSessionView>(`/api/courses/${id(courseId)}/sessions/${id(sessionId)}/attendance`, {
      method: 'POST',
      json: { residentIds },
    }),
  enrol: (courseId: string, residentIds: string[]) =>
    api<CourseDetailView>(`/api/courses/${id(courseId)}/enrolments`, { method: 'POST', json: { residentIds } }),
  unenrol: (courseId: string, residentId: string) =>
    api<CourseDetailView>(`/api/courses/${id(courseId)}/enrolments/${id(residentId)}`, { method: 'DELETE' }),
  followUp: (courseId: string, residentId: string, dto: FollowUpDto) =>
    api<EnrolmentView>(`/api/courses/${id(courseId)}/enrolments/${id(residentId)}`, { method: 'PATCH', json: dto }),
};

export interface WisdomQuery {
  branch?: WisdomBranch;
  q?: string;
  renewalDue?: boolean;
  willingToTeach?: boolean;
}

export const wisdomApi = {
  list: ({ renewalDue, willingToTeach, ...rest }: WisdomQuery) =>
    api<{ items: WisdomRegistrationView[]; total: number }>(
      `/api/wisdom${query({ ...rest, renewalDue: flag(renewalDue), willingToTeach: flag(willingToTeach) })}`,
    ),
  get: (wisdomId: string) => api<WisdomRegistrationView>(`/api/wisdom/${id(wisdomId)}`),
  create: (dto: CreateWisdomDto) => api<WisdomRegistrationView>('/api/wisdom', { method: 'POST', json: dto }),
  update: (wisdomId: string, dto: UpdateWisdomDto) =>
    api<WisdomRegistrationView>(`/api/wisdom/${id(wisdomId)}`, { method: 'PATCH', json: dto }),
};

export interface ProductQuery {
  category?: ProductCategory;
  q?: string;
}

export const productsApi = {
  list: (params: ProductQuery = {}) => api<{ items: ProductView[]; total: number }>(`/api/products${query({ ...params })}`),
  get: (productId: string) => api<ProductView>(`/api/products/${id(productId)}`),
  create: (dto: CreateProductDto) => api<ProductView>('/api/products', { method: 'POST', json: dto }),
  update: (productId: string, dto: UpdateProductDto) =>
    api<ProductView>(`/api/products/${id(productId)}`, { method: 'PATCH', json: dto }),
};

/** A month-grid save: the month of every elder named in `rows` or `residentIds` becomes exactly their rows. */
export interface IncomeMonthPut {
  /** Sent as typed where a cell is not a valid amount: the server names the problem per row. */
  rows: Record<string, unknown>[];
  residentIds?: string[];
}

export const incomeApi = {
  /** `month` is 'YYYY-MM' (CE). */
  month: (month: string) => api<IncomeRecordList>(`/api/income-records${query({ month })}`),
  create: (dto: CreateIncomeRecordDto) => api<IncomeRecordView>('/api/income-records', { method: 'POST', json: dto }),
  /** All or nothing: a 400 (or 404) lists every row's problems as `{row, field, code, message}`. */
  putMonth: (month: string, body: IncomeMonthPut) =>
    api<IncomeMonthResult>(`/api/income-records/month/${id(month)}`, { method: 'PUT', json: body }),
  downloadTemplate: (format: 'csv' | 'xlsx') =>
    download(`/api/income-records/import/template?format=${format}`, `elderwork-income-template.${format}`),
  import: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api<ImportResult>('/api/income-records/import', { method: 'POST', form });
  },
};

export interface JobQuery {
  field?: JobField;
  open?: boolean;
  q?: string;
}

export const jobsApi = {
  list: ({ open, ...rest }: JobQuery) =>
    api<{ items: JobView[]; total: number }>(`/api/jobs${query({ ...rest, open: flag(open) })}`),
  get: (jobId: string) => api<JobDetailView>(`/api/jobs/${id(jobId)}`),
  create: (dto: CreateJobDto) => api<JobDetailView>('/api/jobs', { method: 'POST', json: dto }),
  update: (jobId: string, dto: UpdateJobDto) => api<JobDetailView>(`/api/jobs/${id(jobId)}`, { method: 'PATCH', json: dto }),
  /** The LAO's elders ranked by fit, each with the reasons for the score. */
  matches: (jobId: string, limit?: number) => api<JobMatchView[]>(`/api/jobs/${id(jobId)}/matches${query({ limit })}`),
  place: (jobId: string, dto: CreateJobPlacementDto) =>
    api<JobPlacementView>(`/api/jobs/${id(jobId)}/placements`, { method: 'POST', json: dto }),
  updatePlacement: (jobId: string, placementId: string, dto: UpdateJobPlacementDto) =>
    api<JobPlacementView>(`/api/jobs/${id(jobId)}/placements/${id(placementId)}`, { method: 'PATCH', json: dto }),
};

export const occupationsApi = {
  /** Fiscal year by default on the API; the page always says which. */
  summary: (year: number, yearType: YearType) =>
    api<OccupationsSummary>(`/api/occupations/summary${query({ year, yearType })}`),
};

// ---------- Yearly report and statistics (docs/decisions/0013) ----------

/**
 * `live` is computed from today's data; `submitted` the snapshot stored at submission (with what has
 * changed since); `approved` that snapshot once signed (404 when there is none). Decision 0019.
 */
export type { ReportVersion } from '@elderwork/contracts';

/** One ledger row behind a figure of the report (GET /api/reports/yearly/records). */
export interface ReportRecord {
  model: Model;
  residentId: string;
  name: string;
  /** Masked (`1-2345-xxxxx-xx-1`): full IDs only through the audited CSV export (decision 0021). */
  nationalId: string;
  /** 'YYYY-MM' (CE). */
  month: string;
  income: number;
  sourceType: string;
  sourceId: string;
}

/** What a figure of the report is cut by; the records of a filter add up to its figure. */
export interface ReportFilter {
  model?: Model;
  month?: string;
  sex?: string;
  ageBand?: string;
  disabilityType?: string;
}

export const reportsApi = {
  yearly: (year: number, yearType: YearType, version: ReportVersion = 'live') =>
    api<YearlyReport>(`/api/reports/yearly${query({ year, yearType, version })}`),
  records: (year: number, yearType: YearType, filter: ReportFilter) =>
    api<{ items: ReportRecord[]; total: { persons: number; income: number; averagePerPerson: number } }>(
      `/api/reports/yearly/records${query({ year, yearType, ...filter })}`,
    ),
  /** Stores the figures as the submitted version; `note` is kept with the step. */
  submit: (year: number, yearType: YearType, note?: string | null) =>
    api<YearlyReport>(`/api/reports/yearly/${year}/submit`, { method: 'POST', json: note ? { yearType, note } : { yearType } }),
  /** Approves the submitted version (never the live figures). */
  approve: (year: number, yearType: YearType, note?: string | null) =>
    api<YearlyReport>(`/api/reports/yearly/${year}/approve`, { method: 'POST', json: note ? { yearType, note } : { yearType } }),
  /** The admin sends the submission back to staff, with a reason. */
  returnToStaff: (year: number, yearType: YearType, reason: string) =>
    api<YearlyReport>(`/api/reports/yearly/${year}/return`, { method: 'POST', json: { yearType, reason } }),
  /** Staff take their submission back while it awaits approval. */
  withdraw: (year: number, yearType: YearType) =>
    api<YearlyReport>(`/api/reports/yearly/${year}/withdraw`, { method: 'POST', json: { yearType } }),
  reopen: (year: number, yearType: YearType, reason: string) =>
    api<YearlyReport>(`/api/reports/yearly/${year}/reopen`, { method: 'POST', json: { yearType, reason } }),
  /** The report of that version (live or approved) as PDF or XLSX, saved under the API's file name. */
  downloadReport: (year: number, yearType: YearType, version: ReportVersion, format: ReportFileFormat) =>
    download(`/api/reports/yearly/export${query({ year, yearType, version, format })}`, `elderwork-report-${year}-${yearType}.${format}`),
  /** The records behind a figure as CSV: national IDs masked unless `full` (the API then audits every person in the file). */
  downloadRecords: (year: number, yearType: YearType, filter: ReportFilter, full: boolean) =>
    download(
      `/api/reports/yearly/records/export${query({ year, yearType, ...filter, full: full ? 'true' : undefined })}`,
      `elderwork-report-records-${year}.csv`,
    ),
};

export type ReportFileFormat = 'pdf' | 'xlsx';

export interface StatisticsQuery {
  year: number;
  yearType: YearType;
  groupBy: StatisticsGroup;
  model?: Model;
}

export interface MissingLao {
  code: string;
  name: string;
  province: string;
}

/** Approved aggregates for provincial and DLA officers (small cells hidden by the API). */
export const statisticsApi = {
  get: (params: StatisticsQuery) => api<Statistics>(`/api/statistics${query({ ...params })}`),
  missing: (year: number, yearType: YearType) => api<MissingLao[]>(`/api/statistics/missing${query({ year, yearType })}`),
  download: (params: StatisticsQuery, format: 'csv' | 'xlsx') =>
    download(`/api/statistics/export${query({ ...params, format })}`, `elderwork-statistics-${params.year}.${format}`),
};
