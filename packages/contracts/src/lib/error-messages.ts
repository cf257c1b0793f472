import { AUTH_MESSAGES } from './auth-messages';
import { ERROR_CODES, type ErrorCode } from './error-codes';
import type { Bilingual } from './rules/bilingual';

/**
 * A general message for every error code the API answers with (issue 14), for clients that show
 * the code's meaning rather than the server's message: the web in English, or in Thai when a
 * message is missing. The server's own Thai message may say more (how long to wait, which period);
 * this is what holds for every answer with that code. `Record<ErrorCode, …>`: a new code without
 * both languages does not compile.
 */
export const ERROR_MESSAGES: Record<ErrorCode, Bilingual> = {
  [ERROR_CODES.validationFailed]: { th: 'ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่มีข้อความแจ้ง', en: 'Some fields are not valid: see the messages beside them' },
  [ERROR_CODES.notFound]: { th: 'ไม่พบข้อมูล', en: 'Not found' },
  [ERROR_CODES.duplicateNationalId]: { th: 'เลขประจำตัวประชาชนนี้ลงทะเบียนไว้แล้ว', en: 'This national ID is already registered' },
  [ERROR_CODES.duplicateEmail]: { th: 'มีผู้ใช้งานที่ใช้อีเมลนี้แล้ว', en: 'An account with this email already exists' },
  [ERROR_CODES.staleVersion]: { th: 'ข้อมูลถูกแก้ไขโดยผู้ใช้อื่นแล้ว กรุณาโหลดข้อมูลล่าสุด', en: 'Someone else changed this record: load the latest version' },
  [ERROR_CODES.unauthenticated]: { th: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong email or password' },
  [ERROR_CODES.forbidden]: { th: 'บัญชีของท่านไม่มีสิทธิ์ทำรายการนี้', en: 'Your account may not do this' },
  [ERROR_CODES.tooManyAttempts]: { th: 'เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่', en: 'Too many failed sign-ins. Please wait a while and try again.' },
  [ERROR_CODES.badFile]: { th: 'ไฟล์ไม่ถูกต้อง กรุณาใช้ไฟล์ CSV (UTF-8) หรือ .xlsx ตามแบบฟอร์ม', en: 'The file cannot be read: use CSV (UTF-8) or .xlsx as in the template' },
  [ERROR_CODES.reportState]: { th: 'รายงานอยู่ในสถานะที่ทำรายการนี้ไม่ได้ กรุณาโหลดรายงานใหม่', en: 'The report’s status does not allow this step: reload the report' },
  [ERROR_CODES.reportPeriodOpen]: { th: 'ช่วงเวลาของรายงานยังไม่สิ้นสุด เสนอรายงานได้หลังวันสุดท้ายของช่วงเวลา', en: 'The report’s period has not ended yet; it can be submitted after its last day' },
  [ERROR_CODES.duplicateRegistrationNumber]: { th: 'มีสถานประกอบการที่ใช้เลขทะเบียนนิติบุคคลนี้แล้ว', en: 'An employer with this registration number already exists' },
  [ERROR_CODES.overlappingPlacement]: { th: 'มีการจัดจ้างที่ช่วงเวลาทับซ้อนกันอยู่แล้ว', en: 'An overlapping placement already exists' },
  [ERROR_CODES.tooManyRecipients]: {
    th: 'อาสาสมัครบริบาล 1 คนดูแลผู้สูงอายุที่มีภาวะพึ่งพิงได้ 2–4 คน อาสาสมัครรายนี้ดูแลครบ 4 คนแล้ว',
    en: 'A caregiver may care for 2–4 dependent elders (MOI regulation B.E. 2562); this one already has 4',
  },
  [ERROR_CODES.recipientAlreadyAssigned]: { th: 'ผู้สูงอายุรายนี้อยู่ในความดูแลของอาสาสมัครบริบาลรายอื่นแล้ว', en: 'This elder is already in another caregiver’s care: one caregiver per elder' },
  [ERROR_CODES.overlappingCaregiver]: { th: 'ผู้สูงอายุรายนี้ขึ้นทะเบียนเป็นอาสาสมัครบริบาลในช่วงวันที่ซ้อนทับกันอยู่แล้ว', en: 'This elder is already engaged as a caregiver for overlapping dates' },
  [ERROR_CODES.stipendAlreadyPaid]: { th: 'ค่าตอบแทนรายการนี้บันทึกว่าจ่ายแล้ว', en: 'This stipend is already recorded as paid' },
  [ERROR_CODES.duplicateIncomeRecord]: {
    th: 'มีรายการรายได้นี้ของผู้สูงอายุในเดือนนี้อยู่แล้ว แก้ไขยอดได้ในตารางรายได้ประจำเดือน',
    en: 'This income line of the elder is already recorded for the month; change its amount in the month grid',
  },
  [ERROR_CODES.duplicateProductName]: { th: 'มีสินค้าชื่อนี้ใน อปท. แล้ว', en: 'A product of this name already exists in the LAO' },
  [ERROR_CODES.jobFull]: { th: 'ตำแหน่งงานนี้เต็มแล้วในช่วงวันที่นี้', en: 'All slots of this job are taken for these dates' },
  [ERROR_CODES.importFinished]: { th: 'การนำเข้านี้เสร็จสิ้นแล้ว ยกเลิกไม่ได้', en: 'This import has already finished and cannot be cancelled' },
  [ERROR_CODES.importCancelled]: { th: 'การนำเข้าถูกยกเลิก ไม่มีข้อมูลใดถูกบันทึก', en: 'The import was cancelled; nothing was saved' },
  [ERROR_CODES.importInterrupted]: { th: 'การนำเข้าหยุดกลางคันเพราะระบบเริ่มทำงานใหม่ ไม่มีข้อมูลใดถูกบันทึก กรุณานำเข้าใหม่', en: 'The import stopped when the server restarted; nothing was saved. Please import the file again' },
  [ERROR_CODES.importFailed]: { th: 'การนำเข้าไม่สำเร็จ ไม่มีข้อมูลใดถูกบันทึก', en: 'The import failed; nothing was saved' },
  [ERROR_CODES.importTooLarge]: { th: 'ไฟล์มีจำนวนแถวหรือขนาดเกินกำหนด กรุณาแบ่งเป็นหลายไฟล์', en: 'The file has too many rows or is too large: split it into several files' },
  [ERROR_CODES.payloadTooLarge]: { th: 'ข้อมูลหรือไฟล์ที่ส่งมีขนาดใหญ่เกินกำหนด', en: 'What was sent is larger than allowed' },
  [ERROR_CODES.unsupportedMediaType]: { th: 'รองรับเฉพาะข้อมูล JSON ที่เข้ารหัสแบบ UTF-8 เท่านั้น', en: 'Only JSON in UTF-8 is accepted' },
  [ERROR_CODES.linkInvalid]: {
    th: 'ลิงก์นี้ใช้ไม่ได้แล้ว (หมดอายุ ถูกใช้ไปแล้ว หรือมีลิงก์ใหม่กว่า) กรุณาขอลิงก์ใหม่',
    en: 'This link can no longer be used (expired, used, or a newer one was sent): ask for a new one',
  },
  [ERROR_CODES.mailFailed]: { th: 'ส่งอีเมลไม่สำเร็จ กรุณาลองใหม่ภายหลัง', en: 'The mail could not be sent: try again later' },
  [ERROR_CODES.secondFactorInvalid]: AUTH_MESSAGES.secondFactorInvalid,
  [ERROR_CODES.challengeExpired]: AUTH_MESSAGES.challengeExpired,
  [ERROR_CODES.secondFactorEnrolled]: AUTH_MESSAGES.secondFactorEnrolled,
  [ERROR_CODES.secondFactorNotStarted]: AUTH_MESSAGES.secondFactorNotStarted,
  [ERROR_CODES.badRequest]: { th: 'คำขอไม่ถูกต้อง', en: 'The request is not valid' },
  [ERROR_CODES.methodNotAllowed]: { th: 'ไม่รองรับวิธีการเรียกนี้', en: 'This method is not supported here' },
  [ERROR_CODES.notAcceptable]: { th: 'ไม่สามารถตอบในรูปแบบที่ขอได้', en: 'The answer cannot be given in the format asked for' },
  [ERROR_CODES.requestTimeout]: { th: 'การส่งข้อมูลใช้เวลานานเกินไป กรุณาลองใหม่', en: 'Sending took too long: please try again' },
  [ERROR_CODES.conflict]: { th: 'ข้อมูลขัดแย้งกับข้อมูลที่มีอยู่', en: 'This conflicts with data already recorded' },
  [ERROR_CODES.internal]: { th: 'เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่หรือติดต่อผู้ดูแลระบบ', en: 'Something went wrong on the server: try again or contact the administrator' },
};

export function isErrorCode(code: string | undefined): code is ErrorCode {
  return code !== undefined && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code);
}
