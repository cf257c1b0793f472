import {
  DISABILITY_TYPE_LABELS, LEGAL_BASIS_LABELS, RESIDENT_IMPORT_COLUMNS, SEX_LABELS, type ResidentImportColumn,
} from '@elderwork/contracts';
import { codeByThaiLabel, importColumns } from '../../imports/import-columns';

/** Thai headings staff already use in their spreadsheets, accepted beside the field names. */
export const THAI_HEADINGS: Record<ResidentImportColumn, string[]> = {
  nationalId: ['เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'เลขบัตรประจำตัวประชาชน'],
  prefix: ['คำนำหน้า', 'คำนำหน้าชื่อ'],
  firstName: ['ชื่อ'],
  lastName: ['นามสกุล'],
  sex: ['เพศ'],
  birthDate: ['วันเกิด', 'วันเดือนปีเกิด'],
  houseNo: ['บ้านเลขที่'],
  moo: ['หมู่', 'หมู่ที่'],
  village: ['หมู่บ้าน', 'ชุมชน'],
  phone: ['โทรศัพท์', 'เบอร์โทร', 'เบอร์โทรศัพท์'],
  disabilityType: ['ประเภทความพิการ'],
  disabilityCardIssuedOn: ['วันออกบัตรคนพิการ'],
  livingAlone: ['อยู่คนเดียว', 'อยู่ลำพัง'],
  caresForDisabledPerson: ['ผู้ดูแลคนพิการ'],
  legalBasis: ['ฐานทางกฎหมาย'],
};

export const REQUIRED_COLUMNS: ResidentImportColumn[] = ['nationalId', 'prefix', 'firstName', 'lastName', 'sex', 'birthDate'];

/** The registry's columns: Thai values ("หญิง", "การเห็น") become codes. */
export const RESIDENT_COLUMNS = importColumns(RESIDENT_IMPORT_COLUMNS, THAI_HEADINGS, REQUIRED_COLUMNS, {
  sex: codeByThaiLabel(SEX_LABELS),
  disabilityType: codeByThaiLabel(DISABILITY_TYPE_LABELS),
  legalBasis: codeByThaiLabel(LEGAL_BASIS_LABELS),
});
