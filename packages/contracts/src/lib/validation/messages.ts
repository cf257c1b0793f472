/**
 * Validation messages, Thai first. The server answers with the Thai text and the
 * constraint key; the web app shows the English text when the user switches language.
 */
export const VALIDATION_MESSAGES = {
  required: { th: 'กรุณากรอกข้อมูลช่องนี้', en: 'This field is required' },
  nationalId: {
    th: 'เลขประจำตัวประชาชนไม่ถูกต้อง ต้องเป็นตัวเลข 13 หลักและหลักสุดท้ายต้องตรงตามสูตรตรวจสอบ',
    en: 'Invalid national ID: 13 digits with a valid check digit',
  },
  thaiName: { th: 'กรุณากรอกเป็นภาษาไทย ไม่เกิน 100 ตัวอักษร', en: 'Use Thai letters, at most 100 characters' },
  prefix: { th: 'คำนำหน้าชื่อต้องไม่เกิน 30 ตัวอักษร', en: 'Prefix: at most 30 characters' },
  sex: { th: 'กรุณาเลือกเพศ (ชาย หรือ หญิง)', en: 'Choose male or female' },
  date: { th: 'วันที่ไม่ถูกต้อง (ใช้รูปแบบ ปปปป-ดด-วว หรือ วว/ดด/ปปปป พ.ศ.)', en: 'Invalid date (YYYY-MM-DD or DD/MM/YYYY BE)' },
  elderAge: {
    th: 'ผู้สูงอายุต้องมีอายุ 60 ปีขึ้นไป หรือจะอายุครบ 60 ปีภายในปีงบประมาณนี้',
    en: 'Must be 60 or older, or turn 60 within this fiscal year',
  },
  birthInFuture: { th: 'วันเกิดต้องไม่เป็นวันในอนาคต', en: 'Birth date cannot be in the future' },
  disabilityType: { th: 'ประเภทความพิการไม่ถูกต้อง', en: 'Unknown disability type' },
  cardDate: {
    th: 'วันออกบัตรคนพิการต้องไม่อยู่ในอนาคตและต้องไม่ก่อนวันเกิด',
    en: 'Disability card date cannot be in the future or before birth',
  },
  cardWithoutDisability: {
    th: 'ระบุวันออกบัตรคนพิการได้เมื่อระบุประเภทความพิการแล้วเท่านั้น',
    en: 'A disability card date needs a disability type',
  },
  houseNo: { th: 'บ้านเลขที่ไม่เกิน 20 ตัวอักษร', en: 'House number: at most 20 characters' },
  moo: { th: 'หมู่ที่ต้องเป็นตัวเลข 1–99', en: 'Moo must be a number 1–99' },
  village: { th: 'ชื่อหมู่บ้าน/ชุมชนไม่เกิน 100 ตัวอักษร', en: 'Village: at most 100 characters' },
  phone: {
    th: 'หมายเลขโทรศัพท์ต้องเป็นตัวเลข 9–10 หลัก ขึ้นต้นด้วย 0',
    en: 'Phone: 9–10 digits starting with 0',
  },
  boolean: { th: 'ต้องเป็น ใช่ หรือ ไม่ใช่', en: 'Must be yes or no' },
  legalBasis: {
    th: 'กรุณาเลือกฐานทางกฎหมายในการประมวลผลข้อมูลส่วนบุคคลที่อ่อนไหว',
    en: 'Choose the legal basis for processing sensitive data',
  },
  version: { th: 'ต้องระบุเลขรุ่นของข้อมูล (version) ที่แก้ไข', en: 'The record version is required' },
  removalReason: { th: 'กรุณาเลือกเหตุผล (ย้ายออก เสียชีวิต หรืออื่น ๆ)', en: 'Choose a reason: moved, deceased or other' },
  note: { th: 'หมายเหตุไม่เกิน 500 ตัวอักษร', en: 'Note: at most 500 characters' },
  email: { th: 'อีเมลไม่ถูกต้อง', en: 'Invalid email address' },
  password: { th: 'รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร', en: 'Password: at least 12 characters' },
  role: { th: 'บทบาทไม่ถูกต้อง', en: 'Unknown role' },
  displayName: { th: 'ชื่อผู้ใช้ต้องมี 1–100 ตัวอักษร', en: 'Name: 1–100 characters' },
  page: { th: 'เลขหน้าต้องเป็นจำนวนเต็มบวก', en: 'Page must be a positive integer' },
  pageSize: { th: 'จำนวนต่อหน้าต้องอยู่ระหว่าง 1–200', en: 'Page size must be 1–200' },
  query: { th: 'คำค้นหาไม่เกิน 100 ตัวอักษร', en: 'Search: at most 100 characters' },
  unknownField: { th: 'ไม่รู้จักช่องข้อมูลนี้', en: 'Unknown field' },
  employerName: { th: 'กรุณากรอกชื่อสถานประกอบการ (ไม่เกิน 200 ตัวอักษร)', en: 'Employer name: 1–200 characters' },
  registrationNumber: {
    th: 'เลขทะเบียนนิติบุคคลไม่ถูกต้อง ต้องเป็นตัวเลข 13 หลักและหลักสุดท้ายต้องตรงตามสูตรตรวจสอบ',
    en: 'Invalid juristic registration number: 13 digits with a valid check digit',
  },
  provinceCode: { th: 'รหัสจังหวัดต้องเป็นตัวเลข 2 หลักตามรหัสกรมการปกครอง', en: 'Province code: 2 digits (DOPA)' },
  address: { th: 'ที่อยู่ไม่เกิน 500 ตัวอักษร', en: 'Address: at most 500 characters' },
  contactPerson: { th: 'ชื่อผู้ติดต่อไม่เกิน 100 ตัวอักษร', en: 'Contact person: at most 100 characters' },
  uuid: { th: 'รหัสอ้างอิงไม่ถูกต้อง', en: 'Invalid reference' },
  modality: { th: 'กรุณาเลือกรูปแบบการส่งเสริมอาชีพตามมาตรา 35', en: 'Choose a Section 35 modality' },
  endBeforeStart: { th: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น', en: 'End date cannot be before the start date' },
  dailyRate: { th: 'อัตราค่าจ้างรายวันต้องมากกว่า 0 และมีทศนิยมไม่เกิน 2 ตำแหน่ง', en: 'Daily rate: more than 0, at most 2 decimals' },
  amount: { th: 'จำนวนเงินต้องมากกว่า 0 และมีทศนิยมไม่เกิน 2 ตำแหน่ง', en: 'Amount: more than 0, at most 2 decimals' },
  contractNo: { th: 'เลขที่สัญญาไม่เกิน 50 ตัวอักษร', en: 'Contract number: at most 50 characters' },
  reference: { th: 'เลขที่อ้างอิงไม่เกิน 100 ตัวอักษร', en: 'Reference: at most 100 characters' },
  status: { th: 'สถานะไม่ถูกต้อง', en: 'Unknown status' },
  reason: { th: 'กรุณาระบุเหตุผล (ไม่เกิน 500 ตัวอักษร)', en: 'Give a reason (at most 500 characters)' },
  year: { th: 'ปีต้องเป็นปี พ.ศ. 4 หลัก (2500–2700)', en: 'Year: a 4-digit Buddhist-Era year (2500–2700)' },
  yearType: { th: 'ประเภทปีต้องเป็น fiscal (ปีงบประมาณ) หรือ calendar (ปีปฏิทิน)', en: 'Year type: fiscal or calendar' },
  paidInFuture: { th: 'วันที่จ่ายต้องไม่เป็นวันในอนาคต', en: 'Payment date cannot be in the future' },
} as const;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

/** Thai message of a key: what the server sends. */
export const th = (key: ValidationMessageKey): string => VALIDATION_MESSAGES[key].th;
