/**
 * Independent occupations (อาชีพอิสระ): courses and the elderly school, the elderly wisdom bank,
 * products and their sales channels, monthly income, and local jobs matched to elders.
 */
type Labels<T extends string> = Record<T, { th: string; en: string }>;

export const COURSE_KINDS = ['occupation_training', 'elderly_school'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
export const COURSE_KIND_LABELS: Labels<CourseKind> = {
  occupation_training: { th: 'ฝึกอบรมอาชีพ', en: 'Occupation training' },
  elderly_school: { th: 'โรงเรียนผู้สูงอายุ', en: 'Elderly school' },
};

/**
 * Where a course stands today (Asia/Bangkok): before its start date it has not started, whatever
 * its sessions; it has ended once no session is still to come; in between it is running.
 */
export const COURSE_STATUSES = ['not_started', 'running', 'ended'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export const COURSE_STATUS_LABELS: Labels<CourseStatus> = {
  not_started: { th: 'ยังไม่เริ่ม', en: 'Not started' },
  running: { th: 'กำลังเรียน', en: 'In progress' },
  ended: { th: 'จบภาคเรียนแล้ว', en: 'Term ended' },
};

/** A course's status on `today` (ISO dates); `ended` as CourseView has it (sessions planned, none still to come). */
export function courseStatusOn(today: string, startDate: string, ended: boolean): CourseStatus {
  if (today < startDate) return 'not_started';
  return ended ? 'ended' : 'running';
}

/** The elderly school's subjects (Lam Narai SAO's curriculum). */
export const SCHOOL_SUBJECTS = [
  'health',
  'exercise',
  'life_skills',
  'occupation_income',
  'culture_wisdom',
  'technology_communication',
  'volunteering_ethics',
] as const;
export type SchoolSubject = (typeof SCHOOL_SUBJECTS)[number];
export const SCHOOL_SUBJECT_LABELS: Labels<SchoolSubject> = {
  health: { th: 'สุขภาพกายและใจ', en: 'Physical and mental health' },
  exercise: { th: 'การออกกำลังกาย', en: 'Exercise' },
  life_skills: { th: 'ทักษะการดำเนินชีวิต', en: 'Life skills' },
  occupation_income: { th: 'อาชีพและการสร้างรายได้', en: 'Occupation and income' },
  culture_wisdom: { th: 'สังคม วัฒนธรรม และภูมิปัญญาท้องถิ่น', en: 'Society, culture and local wisdom' },
  technology_communication: { th: 'เทคโนโลยีและการสื่อสาร', en: 'Technology and communication' },
  volunteering_ethics: { th: 'จิตอาสาและคุณธรรมจริยธรรม', en: 'Volunteering and ethics' },
};

/** The 23 branches of the elderly wisdom bank (คลังปัญญาผู้สูงอายุ), as on the คปญ.1 form. */
export const WISDOM_BRANCHES = [
  'education',
  'medicine_public_health',
  'agriculture',
  'natural_resources_environment',
  'science_technology',
  'engineering',
  'architecture',
  'social_development_welfare',
  'law',
  'politics_government',
  'arts_culture_tradition',
  'religion_ethics',
  'commerce_services',
  'security',
  'management_business',
  'public_relations',
  'transport_communication',
  'energy',
  'foreign_affairs',
  'industry_handicraft_otop',
  'language_literature',
  'rhetoric',
  'other',
] as const;
export type WisdomBranch = (typeof WISDOM_BRANCHES)[number];
export const WISDOM_BRANCH_LABELS: Labels<WisdomBranch> = {
  education: { th: 'ด้านการศึกษา', en: 'Education' },
  medicine_public_health: { th: 'ด้านการแพทย์และสาธารณสุข', en: 'Medicine and public health' },
  agriculture: { th: 'ด้านการเกษตร', en: 'Agriculture' },
  natural_resources_environment: { th: 'ด้านทรัพยากรธรรมชาติและสิ่งแวดล้อม', en: 'Natural resources and environment' },
  science_technology: { th: 'ด้านวิทยาศาสตร์และเทคโนโลยี', en: 'Science and technology' },
  engineering: { th: 'ด้านวิศวกรรม', en: 'Engineering' },
  architecture: { th: 'ด้านสถาปัตยกรรม', en: 'Architecture' },
  social_development_welfare: { th: 'ด้านการพัฒนาสังคมและสวัสดิการชุมชน', en: 'Social development and community welfare' },
  law: { th: 'ด้านกฎหมาย', en: 'Law' },
  politics_government: { th: 'ด้านการเมืองการปกครอง', en: 'Politics and government' },
  arts_culture_tradition: { th: 'ด้านศิลปะ วัฒนธรรม และประเพณี', en: 'Arts, culture and tradition' },
  religion_ethics: { th: 'ด้านศาสนาและจริยธรรม', en: 'Religion and ethics' },
  commerce_services: { th: 'ด้านการพาณิชย์และบริการ', en: 'Commerce and services' },
  security: { th: 'ด้านความมั่นคง', en: 'Security' },
  management_business: { th: 'ด้านการบริหารจัดการและบริหารธุรกิจ', en: 'Management and business' },
  public_relations: { th: 'ด้านการประชาสัมพันธ์', en: 'Public relations' },
  transport_communication: { th: 'ด้านการคมนาคมและการสื่อสาร', en: 'Transport and communication' },
  energy: { th: 'ด้านพลังงาน', en: 'Energy' },
  foreign_affairs: { th: 'ด้านการต่างประเทศ', en: 'Foreign affairs' },
  industry_handicraft_otop: { th: 'ด้านอุตสาหกรรม หัตถกรรม จักสาน และ OTOP', en: 'Industry, handicraft, basketry and OTOP' },
  language_literature: { th: 'ด้านภาษาและวรรณกรรม', en: 'Language and literature' },
  rhetoric: { th: 'ด้านวาทศิลป์', en: 'Rhetoric' },
  other: { th: 'ด้านอื่น ๆ', en: 'Other' },
};

/** A wisdom-bank registration is refreshed at least every 2 years. */
export const WISDOM_RENEWAL_YEARS = 2;

/** OTOP's five product categories, and other. */
export const PRODUCT_CATEGORIES = ['food', 'beverage', 'textile', 'household_decor', 'herbal', 'other'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];
export const PRODUCT_CATEGORY_LABELS: Labels<ProductCategory> = {
  food: { th: 'อาหาร', en: 'Food' },
  beverage: { th: 'เครื่องดื่ม', en: 'Beverage' },
  textile: { th: 'ผ้าและเครื่องแต่งกาย', en: 'Textiles and clothing' },
  household_decor: { th: 'ของใช้ ของตกแต่ง ของที่ระลึก', en: 'Household, decorative and souvenir items' },
  herbal: { th: 'สมุนไพรที่ไม่ใช่อาหาร', en: 'Herbal products (non-food)' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

export const SALES_CHANNELS = ['market', 'shop', 'fair', 'online', 'order', 'other'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];
export const SALES_CHANNEL_LABELS: Labels<SalesChannel> = {
  market: { th: 'ตลาด', en: 'Market' },
  shop: { th: 'ร้านค้า (รวมร้านของ อปท.)', en: 'Shop (incl. the LAO’s own outlet)' },
  fair: { th: 'งานแสดงสินค้า OTOP และงานเทศกาล', en: 'OTOP fairs and events' },
  online: { th: 'ออนไลน์', en: 'Online' },
  order: { th: 'รับทำตามสั่ง', en: 'Made to order' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

export const INCOME_SOURCES = ['product', 'service', 'other'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];
export const INCOME_SOURCE_LABELS: Labels<IncomeSource> = {
  product: { th: 'ขายสินค้า', en: 'Products' },
  service: { th: 'รับจ้าง/บริการ', en: 'Services' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

/** Kashiwa's five fields of local work, and other. */
export const JOB_FIELDS = ['agriculture', 'food', 'childcare', 'daily_life_support', 'welfare_services', 'other'] as const;
export type JobField = (typeof JOB_FIELDS)[number];
export const JOB_FIELD_LABELS: Labels<JobField> = {
  agriculture: { th: 'เกษตรกรรม', en: 'Agriculture' },
  food: { th: 'อาหาร', en: 'Food' },
  childcare: { th: 'ดูแลเด็ก', en: 'Childcare' },
  daily_life_support: { th: 'ช่วยเหลือชีวิตประจำวัน', en: 'Daily-life support' },
  welfare_services: { th: 'บริการสวัสดิการ', en: 'Welfare services' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

export const PHYSICAL_DEMANDS = ['light', 'moderate', 'heavy'] as const;
export type PhysicalDemand = (typeof PHYSICAL_DEMANDS)[number];
export const PHYSICAL_DEMAND_LABELS: Labels<PhysicalDemand> = {
  light: { th: 'เบา', en: 'Light' },
  moderate: { th: 'ปานกลาง', en: 'Moderate' },
  heavy: { th: 'หนัก', en: 'Heavy' },
};

/**
 * The lowest Barthel ADL score (0–20) a job's physical demand allows. Every job asks the elder to
 * leave home and work, so even light work needs a socially active elder (ติดสังคม, ≥ 12); the
 * dependent groups — home-bound (ติดบ้าน, 5–11) and bed-bound (ติดเตียง, 0–4), the elders long-term
 * care covers — are never matched to a job.
 */
export const PHYSICAL_DEMAND_MIN_ADL: Record<PhysicalDemand, number> = { light: 12, moderate: 12, heavy: 12 };

/** From this age an elder is matched to light work only (the 90+ band of the elderly allowance). */
export const LIGHT_WORK_ONLY_FROM_AGE = 90;

/** What a graduate went on to do (Nagano's follow-up of its senior university). */
export const FOLLOW_UP_OUTCOMES = ['earning', 'volunteering', 'teaching', 'none'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];
export const FOLLOW_UP_OUTCOME_LABELS: Labels<FollowUpOutcome> = {
  earning: { th: 'ประกอบอาชีพมีรายได้', en: 'Went on to earn' },
  volunteering: { th: 'เป็นจิตอาสา', en: 'Went on to volunteer' },
  teaching: { th: 'เป็นวิทยากรถ่ายทอดความรู้', en: 'Went on to teach' },
  none: { th: 'ยังไม่มีกิจกรรมต่อเนื่อง', en: 'None yet' },
};

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, { th: string; en: string }> = {
  1: { th: 'จันทร์', en: 'Monday' },
  2: { th: 'อังคาร', en: 'Tuesday' },
  3: { th: 'พุธ', en: 'Wednesday' },
  4: { th: 'พฤหัสบดี', en: 'Thursday' },
  5: { th: 'ศุกร์', en: 'Friday' },
  6: { th: 'เสาร์', en: 'Saturday' },
  7: { th: 'อาทิตย์', en: 'Sunday' },
};

/** Completion: attended ÷ held sessions at or above this, unless a course sets its own. */
export const DEFAULT_COMPLETION_THRESHOLD = 0.8;

/**
 * The wisdom-bank branches whose know-how is the work of each job field (used by the job matcher):
 * only a registration in one of these counts for a job of the field. No branch of the คปญ.1 form is
 * food work as such: `food` reads commerce & services (food vending, catering, Thai sweets), never
 * industry/handicraft/basketry/OTOP, which is mostly crafts. `other` has none: such a job is
 * matched on courses, physical fit, schedule and location only.
 */
export const JOB_FIELD_WISDOM_BRANCHES: Record<JobField, WisdomBranch[]> = {
  agriculture: ['agriculture', 'natural_resources_environment'],
  food: ['commerce_services'],
  childcare: ['education', 'language_literature', 'social_development_welfare'],
  daily_life_support: ['social_development_welfare', 'engineering', 'transport_communication'],
  welfare_services: ['social_development_welfare', 'medicine_public_health'],
  other: [],
};

/** Columns of the income-record import template, in order; named like the JSON fields (product by name). */
export const INCOME_IMPORT_COLUMNS = ['nationalId', 'month', 'amount', 'source', 'channel', 'product', 'note'] as const;
export type IncomeImportColumn = (typeof INCOME_IMPORT_COLUMNS)[number];
