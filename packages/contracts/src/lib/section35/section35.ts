/** The seven Section 35 modalities since B.E. 2556 (Persons with Disabilities Empowerment Act). */
export const MODALITIES = [
  'concession',
  'sales_space',
  'subcontract',
  'training',
  'equipment',
  'interpreter',
  'other_assistance',
] as const;
export type Modality = (typeof MODALITIES)[number];

export const MODALITY_LABELS: Record<Modality, { th: string; en: string }> = {
  concession: { th: 'การให้สัมปทาน', en: 'Concession' },
  sales_space: { th: 'จัดสถานที่จำหน่ายสินค้าหรือบริการ', en: 'Space to sell goods or services' },
  subcontract: { th: 'จัดจ้างเหมาช่วงงานหรือจ้างเหมาบริการ', en: 'Subcontract or service contract' },
  training: { th: 'ฝึกงาน', en: 'Job training' },
  equipment: { th: 'จัดให้มีอุปกรณ์หรือสิ่งอำนวยความสะดวก', en: 'Equipment or facilities' },
  interpreter: { th: 'จัดให้มีบริการล่ามภาษามือ', en: 'Sign-language interpreter' },
  other_assistance: { th: 'ให้การช่วยเหลืออื่นใด', en: 'Other assistance (incl. occupational grants)' },
};

/** planned → active → completed, or terminated (with a date and reason) from planned or active. */
export const PLACEMENT_STATUSES = ['planned', 'active', 'completed', 'terminated'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const PLACEMENT_STATUS_LABELS: Record<PlacementStatus, { th: string; en: string }> = {
  planned: { th: 'วางแผน', en: 'Planned' },
  active: { th: 'ดำเนินการ', en: 'Active' },
  completed: { th: 'สิ้นสุดตามสัญญา', en: 'Completed' },
  terminated: { th: 'ยุติก่อนกำหนด', en: 'Terminated' },
};

/** Status changes the API accepts. */
export const PLACEMENT_TRANSITIONS: Record<PlacementStatus, PlacementStatus[]> = {
  planned: ['active', 'terminated'],
  active: ['completed', 'terminated'],
  completed: [],
  terminated: [],
};

export const YEAR_TYPES = ['fiscal', 'calendar'] as const;

export interface EmployerView {
  id: string;
  name: string;
  registrationNumber: string;
  provinceCode: string;
  provinceName: string | null;
  address: string | null;
  contactPerson: string | null;
  phone: string | null;
  createdAt: string;
}

export interface Section35RateView {
  /** BE calendar year the rate applies to. */
  year: number;
  /** Baht per day: the lowest provincial minimum daily wage of the previous calendar year. */
  dailyRate: number;
  /** dailyRate × 365. */
  annualValue: number;
  updatedAt: string;
}

export interface PaymentView {
  id: string;
  paidOn: string;
  amount: number;
  reference: string | null;
  createdAt: string;
}

export interface PlacementView {
  id: string;
  resident: { id: string; name: string; nationalId: string; disabilityType: string | null };
  employer: { id: string; name: string };
  modality: Modality;
  status: PlacementStatus;
  startDate: string;
  endDate: string;
  terminatedOn: string | null;
  terminationReason: string | null;
  dailyRate: number;
  contractNo: string | null;
  note: string | null;
  /** Arranged deliberately alongside an overlapping placement at another employer, and why (decision 0033). */
  concurrent: boolean;
  concurrentReason: string | null;
  /** Counted days (inclusive, 29 February never counted), up to the termination date if terminated. */
  days: number;
  /** dailyRate × days, baht. */
  value: number;
  paidToDate: number;
  /** In the period asked for with ?year=&yearType= (else the whole placement). */
  daysInPeriod: number;
  valueInPeriod: number;
  payments: PaymentView[];
  version: number;
}

export interface Section35Group {
  persons: number;
  placements: number;
  value: number;
  paid: number;
}

export interface Section35Summary extends Section35Group {
  year: number;
  yearType: 'fiscal' | 'calendar';
  period: { start: string; end: string };
  byModality: (Section35Group & { modality: Modality })[];
  byEmployer: (Section35Group & { employerId: string; name: string })[];
  bySex: (Section35Group & { sex: string })[];
  byAgeBand: (Section35Group & { ageBand: string })[];
  /** `none` for carers of a disabled person who have no disability themselves. */
  byDisabilityType: (Section35Group & { disabilityType: string })[];
}
