import type { Bilingual } from './bilingual';

/**
 * Rule codes of caregivers (issue 14): the code a field error carries, its Thai and English message.
 * Placeholders: {{name}} plain, {{name:date}} short date, {{name:longDate}}, {{name:month}}, {{name:baht}}.
 */
export const CAREGIVERS_RULES = {
  // References to something outside the LAO (404).
  caregiverElderNotFound: { th: 'ไม่พบผู้สูงอายุในทะเบียนของ อปท. นี้', en: 'No such elder in this LAO’s register' },
  caregiverNotFound: { th: 'ไม่พบอาสาสมัครบริบาลท้องถิ่นของ อปท. นี้', en: 'No such local caregiver in this LAO' },

  // The caregiver's own record.
  caregiverOverlap: {
    th: 'ช่วงวันที่ซ้อนทับกับการปฏิบัติงานเดิมของผู้สูงอายุรายนี้',
    en: 'The dates overlap an earlier engagement of this elder as a caregiver',
  },
  courseIncomplete: {
    th: 'ระบุวันที่ผ่านการอบรมได้เมื่อบันทึกชั่วโมงอบรมครบ {{hours}} ชั่วโมงแล้ว',
    en: 'A certification date can be given once {{hours}} course hours are recorded',
  },
  trainingHoursHasRecipients: {
    th: 'มีผู้สูงอายุในความดูแลแล้ว ชั่วโมงอบรมต้องไม่ต่ำกว่า {{hours}} ชั่วโมง',
    en: 'Elders are already in this caregiver’s care: course hours may not be below {{hours}}',
  },
  startAfterFirstCare: {
    th: 'มีผู้สูงอายุในความดูแลตั้งแต่วันที่ {{firstFrom:longDate}} วันเริ่มปฏิบัติงานต้องไม่หลังจากนั้น',
    en: 'Elders are in this caregiver’s care since {{firstFrom:longDate}}: the first working day may not be later',
  },
  careAfterEnd: {
    th: 'มีการดูแลหรือการเยี่ยมบันทึกไว้ถึงวันที่ {{last:longDate}} วันสิ้นสุดต้องไม่ก่อนหน้านั้น',
    en: 'Care or visits are recorded up to {{last:longDate}}: the end date may not be earlier',
  },
  stipendAfterEnd: {
    th: 'มีค่าตอบแทนของเดือนที่เริ่ม {{monthStart:longDate}} แล้ว วันสิ้นสุดต้องไม่ก่อนเดือนนั้น',
    en: 'A stipend exists for the month starting {{monthStart:longDate}}: the end date may not be before that month',
  },

  // Elders in a caregiver's care.
  selfAssignment: {
    th: 'อาสาสมัครบริบาลดูแลตนเองไม่ได้ กรุณาเลือกผู้สูงอายุรายอื่น',
    en: 'A caregiver cannot care for themselves: choose another elder',
  },
  inTraining: {
    th: 'อาสาสมัครรายนี้ยังอบรมไม่ครบ {{hours}} ชั่วโมง จึงยังรับผู้สูงอายุไว้ในความดูแลไม่ได้',
    en: 'This caregiver has not yet completed {{hours}} course hours, so cannot take elders into care',
  },
  beforeActive: {
    th: 'วันเริ่มดูแลต้องไม่ก่อนวันที่อาสาสมัครเริ่มปฏิบัติงาน ({{activeFrom:longDate}})',
    en: 'Care cannot start before the caregiver’s first working day ({{activeFrom:longDate}})',
  },
  afterEnd: {
    th: 'อาสาสมัครสิ้นสุดการปฏิบัติงานวันที่ {{endDate:longDate}} แล้ว',
    en: 'The caregiver’s engagement ended on {{endDate:longDate}}',
  },
  noAdlAssessment: {
    th: 'ผู้สูงอายุรายนี้ยังไม่มีผลการประเมิน ADL กรุณาประเมินก่อน (รับดูแลเฉพาะผู้ที่มีคะแนน ADL ไม่เกิน 11)',
    en: 'This elder has no ADL assessment yet: assess first (only elders scoring 11 or less are taken into care)',
  },
  notDependent: {
    th:
      'ผลประเมิน ADL ล่าสุด ({{assessedOn:longDate}}) ได้ {{total}} คะแนน กลุ่ม{{group}} ' +
      'อาสาสมัครบริบาลดูแลเฉพาะผู้สูงอายุที่มีภาวะพึ่งพิง (คะแนน ADL ไม่เกิน {{max}})',
    en:
      'The latest ADL assessment ({{assessedOn:longDate}}) scored {{total}}, group {{group}}: ' +
      'caregivers care only for dependent elders (ADL score {{max}} or less)',
  },
  alreadyAssigned: {
    th: 'อยู่ในความดูแลของ {{caregiverName}} แล้ว',
    en: 'Already in the care of {{caregiverName}}',
  },
  tooManyRecipients: {
    th: 'ดูแลได้ไม่เกิน {{max}} คนพร้อมกัน',
    en: 'At most {{max}} elders in care at a time',
  },
  careEndBeforeStart: {
    th: 'วันสิ้นสุดการดูแลต้องไม่ก่อนวันเริ่มดูแล ({{from:longDate}})',
    en: 'Care cannot end before it started ({{from:longDate}})',
  },
  visitsAfterEnd: {
    th: 'มีการเยี่ยมบันทึกไว้ถึงวันที่ {{lastVisit:longDate}} วันสิ้นสุดการดูแลต้องไม่ก่อนหน้านั้น',
    en: 'Visits are recorded up to {{lastVisit:longDate}}: care cannot end earlier',
  },
  afterCaregiverEnd: {
    th: 'อาสาสมัครสิ้นสุดการปฏิบัติงานวันที่ {{endDate:longDate}} วันสิ้นสุดการดูแลต้องไม่หลังจากนั้น',
    en: 'The caregiver’s engagement ended on {{endDate:longDate}}: care cannot end later',
  },

  // Home visits.
  noCurrentAssignment: {
    th: 'ผู้สูงอายุรายนี้ไม่ได้อยู่ในความดูแลของอาสาสมัครรายนี้ในวันที่ {{visitedOn:longDate}} บันทึกการเยี่ยมได้เฉพาะผู้ที่อยู่ในความดูแลในวันนั้น',
    en: 'This elder was not in this caregiver’s care on {{visitedOn:longDate}}: visits can be recorded only for elders in care that day',
  },
  visitMonthPaid: {
    th: 'ค่าตอบแทนเดือน {{month:month}} ของอาสาสมัครรายนี้จ่ายแล้ว จึงบันทึก แก้ไข หรือลบการเยี่ยมของเดือนนั้นไม่ได้',
    en: 'This caregiver’s stipend for {{month:month}} is paid: visits of that month can no longer be recorded, changed or deleted',
  },

  // Stipends.
  stipendMonthInFuture: {
    th: 'สร้างค่าตอบแทนของเดือนในอนาคตไม่ได้',
    en: 'Stipends cannot be created for a future month',
  },
  beforeMonth: {
    th: 'วันที่จ่ายต้องไม่ก่อนวันแรกของเดือนที่จ่ายค่าตอบแทน',
    en: 'The payment date cannot be before the first day of the stipend’s month',
  },
  alreadyPaid: {
    th: 'จ่ายแล้วเมื่อวันที่ {{paidOn:longDate}}',
    en: 'Already paid on {{paidOn:longDate}}',
  },
  stipendBelowNorm: {
    th: 'เดือนนี้มีวันเยี่ยมบ้าน {{days}} วัน ต่ำกว่าเกณฑ์ {{norm}} วัน กรุณายืนยันก่อนจ่ายค่าตอบแทนเต็มจำนวน',
    en: 'Visits on {{days}} days this month, below the norm of {{norm}} days: confirm before paying the stipend in full',
  },
} as const satisfies Record<string, Bilingual>;
