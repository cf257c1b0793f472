/**
 * Barthel ADL index, the 20-point form used by the Thai health system (แบบประเมินความสามารถในการ
 * ดำเนินชีวิตประจำวัน ดัชนีบาร์เธลเอดีแอล). Ten items, each scored 0..max; the total is 0–20.
 */
export const ADL_ITEMS = [
  'feeding',
  'bathing',
  'grooming',
  'dressing',
  'bowels',
  'bladder',
  'toiletUse',
  'transfers',
  'mobility',
  'stairs',
] as const;
export type AdlItem = (typeof ADL_ITEMS)[number];

/** The 10 item scores, keyed as in ADL_ITEMS. */
export type AdlItems = Record<AdlItem, number>;

export const ADL_TOTAL_MAX = 20;

interface Label {
  th: string;
  en: string;
}

export interface AdlItemDefinition {
  /** Highest score of the item (the lowest is 0). */
  max: 1 | 2 | 3;
  /** The item as worded on the Thai form. */
  label: Label;
  /** A few words, for lists read on a phone (the history's item scores). */
  short: Label;
  /** What each score means, from 0 to max, as on the Thai form. */
  scores: Label[];
}

export const ADL_ITEM_DEFINITIONS: Record<AdlItem, AdlItemDefinition> = {
  feeding: {
    max: 2,
    label: { th: 'รับประทานอาหารเมื่อเตรียมสำรับไว้ให้เรียบร้อยต่อหน้า', en: 'Feeding' },
    short: { th: 'การรับประทานอาหาร', en: 'Feeding' },
    scores: [
      { th: 'ไม่สามารถตักอาหารเข้าปากได้ ต้องมีคนป้อนให้', en: 'Unable: must be fed' },
      { th: 'ตักอาหารเองได้แต่ต้องมีคนช่วย เช่น ช่วยตักเตรียมไว้ให้หรือตัดเป็นชิ้นเล็ก ๆ ไว้ล่วงหน้า', en: 'Needs help (food cut up or prepared)' },
      { th: 'ตักอาหารและช่วยตัวเองได้เป็นปกติ', en: 'Independent' },
    ],
  },
  bathing: {
    max: 1,
    label: { th: 'การอาบน้ำ', en: 'Bathing' },
    short: { th: 'การอาบน้ำ', en: 'Bathing' },
    scores: [
      { th: 'ต้องมีคนช่วยหรือทำให้', en: 'Dependent' },
      { th: 'อาบน้ำเองได้', en: 'Independent' },
    ],
  },
  grooming: {
    max: 1,
    label: { th: 'ล้างหน้า หวีผม แปรงฟัน โกนหนวด ในระยะ 24–48 ชั่วโมงที่ผ่านมา', en: 'Grooming (face, hair, teeth, shaving)' },
    short: { th: 'ล้างหน้า หวีผม แปรงฟัน', en: 'Grooming' },
    scores: [
      { th: 'ต้องการความช่วยเหลือ', en: 'Needs help' },
      { th: 'ทำเองได้ (รวมทั้งที่ทำได้เองถ้าเตรียมอุปกรณ์ไว้ให้)', en: 'Independent (implements provided)' },
    ],
  },
  dressing: {
    max: 2,
    label: { th: 'การสวมใส่เสื้อผ้า', en: 'Dressing' },
    short: { th: 'การสวมใส่เสื้อผ้า', en: 'Dressing' },
    scores: [
      { th: 'ต้องมีคนสวมใส่ให้ ช่วยตัวเองแทบไม่ได้หรือได้น้อย', en: 'Dependent' },
      { th: 'ช่วยตัวเองได้ประมาณร้อยละ 50 ที่เหลือต้องมีคนช่วย', en: 'Needs help, does about half' },
      { th: 'ช่วยตัวเองได้ดี (รวมทั้งการติดกระดุม รูดซิป หรือใช้เสื้อผ้าที่ดัดแปลงให้เหมาะสม)', en: 'Independent (buttons, zips, adapted clothes)' },
    ],
  },
  bowels: {
    max: 2,
    label: { th: 'การกลั้นการถ่ายอุจจาระในระยะ 1 สัปดาห์ที่ผ่านมา', en: 'Bowels (past week)' },
    short: { th: 'การกลั้นอุจจาระ', en: 'Bowels' },
    scores: [
      { th: 'กลั้นไม่ได้ หรือต้องการการสวนอุจจาระอยู่เสมอ', en: 'Incontinent, or needs enemas' },
      { th: 'กลั้นไม่ได้บางครั้ง (น้อยกว่า 1 ครั้งต่อสัปดาห์)', en: 'Occasional accident (less than once a week)' },
      { th: 'กลั้นได้เป็นปกติ', en: 'Continent' },
    ],
  },
  bladder: {
    max: 2,
    label: { th: 'การกลั้นปัสสาวะในระยะ 1 สัปดาห์ที่ผ่านมา', en: 'Bladder (past week)' },
    short: { th: 'การกลั้นปัสสาวะ', en: 'Bladder' },
    scores: [
      { th: 'กลั้นไม่ได้ หรือใส่สายสวนปัสสาวะแต่ไม่สามารถดูแลเองได้', en: 'Incontinent, or catheterised and unable to manage' },
      { th: 'กลั้นไม่ได้บางครั้ง (น้อยกว่าวันละ 1 ครั้ง)', en: 'Occasional accident (less than once a day)' },
      { th: 'กลั้นได้เป็นปกติ', en: 'Continent' },
    ],
  },
  toiletUse: {
    max: 2,
    label: { th: 'การใช้ห้องน้ำ', en: 'Toilet use' },
    short: { th: 'การใช้ห้องน้ำ', en: 'Toilet use' },
    scores: [
      { th: 'ช่วยตัวเองไม่ได้', en: 'Dependent' },
      { th: 'ทำเองได้บ้าง (อย่างน้อยทำความสะอาดตัวเองได้หลังเสร็จธุระ) แต่ต้องการความช่วยเหลือในบางสิ่ง', en: 'Needs some help' },
      { th: 'ช่วยตัวเองได้ดี', en: 'Independent' },
    ],
  },
  transfers: {
    max: 3,
    label: { th: 'ลุกนั่งจากที่นอน หรือจากเตียงไปยังเก้าอี้', en: 'Transfers (bed to chair)' },
    short: { th: 'ลุกนั่งจากที่นอน', en: 'Transfers' },
    scores: [
      { th: 'ไม่สามารถนั่งได้ (นั่งแล้วจะล้มเสมอ) หรือต้องใช้คนสองคนช่วยกันยกขึ้น', en: 'Unable: no sitting balance, or two people lift' },
      { th: 'ต้องการความช่วยเหลืออย่างมากจึงจะนั่งได้ เช่น ต้องใช้คนที่แข็งแรงหรือมีทักษะ 1 คน หรือคนทั่วไป 2 คนพยุง', en: 'Major help (one skilled or two people)' },
      { th: 'ต้องการความช่วยเหลือบ้าง เช่น บอกให้ทำตาม ช่วยพยุงเล็กน้อย หรือต้องมีคนดูแลเพื่อความปลอดภัย', en: 'Minor help (verbal or physical)' },
      { th: 'ทำได้เอง', en: 'Independent' },
    ],
  },
  mobility: {
    max: 3,
    label: { th: 'การเคลื่อนที่ภายในห้องหรือบ้าน', en: 'Mobility (indoors)' },
    short: { th: 'การเคลื่อนที่ในบ้าน', en: 'Mobility' },
    scores: [
      { th: 'เคลื่อนที่ไปไหนไม่ได้', en: 'Immobile' },
      { th: 'ต้องใช้รถเข็นช่วยตัวเองให้เคลื่อนที่ได้เอง (ไม่ต้องมีคนเข็นให้) และเข้าออกมุมห้องหรือประตูได้', en: 'Wheelchair independent, including corners' },
      { th: 'เดินหรือเคลื่อนที่โดยมีคนช่วย เช่น พยุง บอกให้ทำตาม หรือต้องดูแลเพื่อความปลอดภัย', en: 'Walks with help of one person' },
      { th: 'เดินหรือเคลื่อนที่ได้เอง', en: 'Independent' },
    ],
  },
  stairs: {
    max: 2,
    label: { th: 'การขึ้นลงบันได 1 ชั้น', en: 'Stairs (one flight)' },
    short: { th: 'การขึ้นลงบันได', en: 'Stairs' },
    scores: [
      { th: 'ไม่สามารถทำได้', en: 'Unable' },
      { th: 'ต้องการคนช่วย', en: 'Needs help' },
      { th: 'ขึ้นลงได้เอง (ถ้าใช้เครื่องช่วยเดิน เช่น walker ต้องเอาขึ้นลงได้ด้วย)', en: 'Independent (carries any walking aid)' },
    ],
  },
};

/** Dependency groups by Barthel total: ติดสังคม ≥ 12, ติดบ้าน 5–11, ติดเตียง 0–4. */
export const ADL_GROUPS = ['social', 'homebound', 'bedbound'] as const;
export type AdlGroup = (typeof ADL_GROUPS)[number];

export const ADL_GROUP_LABELS: Record<AdlGroup, Label> = {
  social: { th: 'ติดสังคม', en: 'Socially active' },
  homebound: { th: 'ติดบ้าน', en: 'Home-bound' },
  bedbound: { th: 'ติดเตียง', en: 'Bed-bound' },
};

/** Lowest total of each group. */
export const ADL_GROUP_MIN: Record<AdlGroup, number> = { social: 12, homebound: 5, bedbound: 0 };

/** Long-term care covers ADL ≤ 11: a "dependent" elder (ผู้สูงอายุที่มีภาวะพึ่งพิง) may be assigned a caregiver. */
export const ADL_DEPENDENT_MAX = 11;

/** Months after an assessment when a re-assessment is due (a common checkpoint). */
export const ADL_REASSESSMENT_MONTHS = 9;

export function adlGroupOf(total: number): AdlGroup {
  if (total >= ADL_GROUP_MIN.social) return 'social';
  if (total >= ADL_GROUP_MIN.homebound) return 'homebound';
  return 'bedbound';
}

export const isAdlScore = (item: AdlItem, value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= ADL_ITEM_DEFINITIONS[item].max;

/** The total of complete, valid items; null otherwise. */
export function adlTotalOf(items: unknown): number | null {
  if (typeof items !== 'object' || items === null) return null;
  const record = items as Record<string, unknown>;
  let total = 0;
  for (const item of ADL_ITEMS) {
    const value = record[item];
    if (!isAdlScore(item, value)) return null;
    total += value;
  }
  return total;
}

export interface AdlAssessmentView {
  id: string;
  residentId: string;
  /** ISO CE date. */
  assessedOn: string;
  /** The 10 item scores, or null when only a total was recorded. */
  items: AdlItems | null;
  total: number;
  group: AdlGroup;
  /** total ≤ 11. */
  dependent: boolean;
  /** assessedOn + 9 months. */
  reassessmentDueOn: string;
  note: string | null;
  assessedBy: { id: string; displayName: string };
  createdAt: string;
}

/** The latest assessment of an elder, as shown beside a caregiver's recipients. */
export interface LatestAdl {
  assessedOn: string;
  total: number;
  group: AdlGroup;
  reassessmentDueOn: string;
}
