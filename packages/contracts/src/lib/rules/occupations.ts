import type { Bilingual } from './bilingual';

/**
 * Rule codes of occupations (issue 14): the code a field error carries, its Thai and English message.
 * Placeholders: {{name}} plain, {{name:date}} short date, {{name:longDate}}, {{name:month}}, {{name:baht}}.
 */
export const OCCUPATIONS_RULES = {
  // References in a body to something outside the LAO (404).
  elderNotInLao: { th: 'ไม่พบผู้สูงอายุในทะเบียนของ อปท. นี้', en: 'No such elder in this LAO’s registry' },
  courseNotInLao: { th: 'ไม่พบหลักสูตรของ อปท. นี้', en: 'No such course in this LAO' },
  productNotInLao: { th: 'ไม่พบสินค้าของ อปท. นี้', en: 'No such product in this LAO' },
  jobPlacementNotInLao: { th: 'ไม่พบการจัดหางานของ อปท. นี้', en: 'No such job placement in this LAO' },
  referenceNotInLao: { th: 'ไม่พบข้อมูลที่อ้างถึง', en: 'The record referred to was not found' },

  // Courses and sessions.
  scheduleLocked: {
    th: 'บันทึกการเข้าเรียนแล้ว จึงเปลี่ยนตารางเรียนทั้งหลักสูตรไม่ได้ กรุณาแก้ไข ยกเลิก หรือเพิ่มครั้งที่เรียนทีละครั้ง',
    en: 'Attendance has been recorded, so the whole schedule cannot change: edit, cancel or add sessions one at a time',
  },
  noSessions: {
    th: 'ไม่มีวันเรียนตรงกับวันในสัปดาห์ที่เลือกในช่วงวันที่ของหลักสูตร',
    en: 'No day between the course’s start and end falls on the chosen weekdays',
  },
  enrolmentHasAttendance: {
    th: 'ผู้สูงอายุรายนี้มีบันทึกการเข้าเรียนแล้ว กรุณาลบการเข้าเรียนก่อนถอนชื่อ',
    en: 'This elder has recorded attendance: remove it before taking them off the course',
  },
  notCompleted: {
    th: 'บันทึกผลการติดตามได้เฉพาะผู้ที่จบหลักสูตรแล้ว (หลักสูตรสิ้นสุดและเข้าเรียนครบตามเกณฑ์)',
    en: 'A follow-up is recorded only for elders who completed the course (it has ended and they attended enough)',
  },
  signInCancelledSession: {
    th: 'ครั้งนี้ถูกยกเลิกแล้ว จึงไม่มีแบบลงลายมือชื่อ',
    en: 'This session is cancelled, so it has no sign-in sheet',
  },
  cancelAttendedSession: {
    th: 'ครั้งนี้มีบันทึกการเข้าเรียนแล้ว กรุณาลบการเข้าเรียนก่อนยกเลิก',
    en: 'This session has recorded attendance: remove it before cancelling the session',
  },
  moveAttendedSession: {
    th: 'ครั้งนี้มีบันทึกการเข้าเรียนแล้ว จึงเลื่อนไปเป็นวันในอนาคตไม่ได้',
    en: 'This session has recorded attendance, so it cannot move to a future date',
  },
  notEnrolled: {
    th: 'ผู้สูงอายุต่อไปนี้ยังไม่ได้ลงทะเบียนในหลักสูตรนี้: {{names}}',
    en: 'These elders are not enrolled in this course: {{names}}',
  },
  sessionNotHeld: {
    th: 'บันทึกการเข้าเรียนได้เฉพาะครั้งที่จัดแล้ว (ไม่ถูกยกเลิกและไม่ใช่วันในอนาคต)',
    en: 'Attendance is recorded only for sessions that were held (not cancelled and not in the future)',
  },

  // Jobs and placements.
  jobClosed: { th: 'งานนี้ปิดรับแล้ว', en: 'This job no longer takes placements' },
  jobPlacementOverlap: {
    th: 'ช่วงวันที่ซ้อนทับกับการจัดหางานเดิมของงานเดียวกัน',
    en: 'The dates overlap an earlier placement in the same job',
  },
  jobFull: { th: 'ตำแหน่งงานเต็ม ({{slots}} ตำแหน่ง) ในช่วงวันที่นี้', en: 'The job is full ({{slots}} slots) in these dates' },

  // Products.
  duplicateProductName: { th: 'มีสินค้าชื่อนี้ใน อปท. แล้ว', en: 'This LAO already has a product of this name' },

  // Income records and the month grid.
  duplicateIncomeRecord: {
    th: 'รายการนี้บันทึกไว้แล้ว แก้ไขยอดได้ในตารางรายได้ประจำเดือน',
    en: 'This line is already recorded: change its amount in the monthly income grid',
  },
  otherResident: { th: 'งานที่จัดหาให้นี้เป็นของผู้สูงอายุคนอื่น', en: 'This job placement is another elder’s' },
  monthOutsideJobPlacement: {
    th: 'เดือนนี้อยู่นอกช่วงเวลาที่ทำงานที่จัดหาให้',
    en: 'This month is outside the period of the job placement',
  },
  notAnObject: { th: 'แต่ละแถวต้องเป็นข้อมูลรายการ (object)', en: 'Each row must be an object' },
  duplicateRow: {
    th: 'ซ้ำกับแถวที่ {{earlierRow}} (ผู้สูงอายุ แหล่งรายได้ สินค้า และช่องทางเดียวกัน) กรุณารวมยอดเป็นแถวเดียว',
    en: 'Same as row {{earlierRow}} (same elder, source, product and channel): add them up in one row',
  },
} as const satisfies Record<string, Bilingual>;
