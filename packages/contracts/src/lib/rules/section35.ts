import type { Bilingual } from './bilingual';

/**
 * Rule codes of section35 (issue 14): the code a field error carries, its Thai and English message.
 * Placeholders: {{name}} plain, {{name:date}} short date, {{name:longDate}}, {{name:month}}, {{name:baht}}.
 */
export const SECTION35_RULES = {
  // Employers
  unknownProvince: { th: 'ไม่พบรหัสจังหวัดนี้ในรายชื่อจังหวัด', en: 'This province code is not in the list of provinces' },
  duplicateRegistrationNumber: { th: 'เลขทะเบียนนิติบุคคลนี้ลงทะเบียนไว้แล้ว', en: 'This juristic registration number is already registered' },
  // Placements
  residentNotInLao: { th: 'ไม่พบผู้สูงอายุในทะเบียนของ อปท. นี้', en: 'No such elder in this LAO’s register' },
  employerNotInLao: { th: 'ไม่พบสถานประกอบการของ อปท. นี้', en: 'No such employer in this LAO' },
  notEligible: {
    th: 'ผู้สูงอายุรายนี้ยังไม่มีข้อมูลความพิการในทะเบียน และไม่ได้เป็นผู้ดูแลคนพิการที่จดทะเบียน จึงจ้างงานตามมาตรา 35 ไม่ได้',
    en: 'This elder has no disability on record and is not a registered carer of a disabled person, so cannot be placed under Section 35',
  },
  overlappingPlacement: {
    th: 'ช่วงวันที่ซ้อนทับกับการจ้างงานเดิมของสถานประกอบการเดียวกัน',
    en: 'The dates overlap an existing placement with the same employer',
  },
  /** `employer`: the other placement's employer; `start`, `end`: its dates (the end is the termination date if terminated). */
  overlappingPlacementElsewhere: {
    th: 'ช่วงวันที่ซ้อนทับกับการจ้างงานที่ {{employer}} ({{start:date}} – {{end:date}}) หากตั้งใจให้ซ้อนกัน ให้เลือก "จ้างงานซ้อนกันโดยเจตนา" และระบุเหตุผล',
    en: 'The dates overlap a placement with {{employer}} ({{start:date}} – {{end:date}}); if that is intended, tick "Deliberately concurrent" and give the reason',
  },
  /** `year`: the Buddhist-Era calendar year of the start date. */
  noRate: {
    th: 'ยังไม่มีอัตราค่าจ้างตามมาตรา 35 ของปี พ.ศ. {{year}} กรุณาระบุอัตรารายวัน หรือติดต่อกรมส่งเสริมการปกครองท้องถิ่น',
    en: 'There is no Section 35 wage rate for {{year}} BE yet: give a daily rate, or contact the Department of Local Administration',
  },
  /** `from`, `to`: status labels (PLACEMENT_STATUS_LABELS). */
  transition: { th: 'เปลี่ยนสถานะจาก "{{from}}" เป็น "{{to}}" ไม่ได้', en: 'The status cannot change from "{{from}}" to "{{to}}"' },
  terminate: {
    th: 'ระบุวันที่และเหตุผลการยุติได้เมื่อเปลี่ยนสถานะเป็น "ยุติก่อนกำหนด" เท่านั้น',
    en: 'A termination date and reason go only with a change of status to "Terminated"',
  },
  terminationDateRequired: { th: 'กรุณาระบุวันที่ยุติ', en: 'Give the termination date' },
  terminationReasonRequired: { th: 'กรุณาระบุเหตุผลการยุติ', en: 'Give the reason for the termination' },
  terminatedOutsidePlacement: {
    th: 'วันที่ยุติต้องอยู่ระหว่างวันเริ่มต้นและวันสิ้นสุดของการจ้างงาน',
    en: 'The termination date must lie between the placement’s start and end dates',
  },
  paidExceedsValue: {
    th: 'จ่ายไปแล้ว {{paid:baht}} เกินมูลค่าถึงวันยุติ {{value:baht}}',
    en: '{{paid:baht}} has already been paid, more than the value up to the termination date, {{value:baht}}',
  },
  // Payments
  exceedsValue: {
    th: 'ยอดจ่ายสะสมจะเป็น {{total:baht}} เกินมูลค่าการจ้างงาน {{value:baht}}',
    en: 'The total paid would be {{total:baht}}, more than the placement’s value of {{value:baht}}',
  },
} as const satisfies Record<string, Bilingual>;
