import { at } from '../common/arrays';
import { nationalIdCheckDigit } from '@elderwork/thai';
import type { CreateResidentDto, DisabilityType, Sex } from '@elderwork/contracts';

const MALE = ['สมชาย', 'สมศักดิ์', 'ประเสริฐ', 'บุญมี', 'สุรชัย', 'วิชัย', 'ประยูร', 'ทองดี', 'สมบัติ', 'เสถียร', 'ชูชาติ', 'บุญส่ง'];
const FEMALE = ['สมศรี', 'บุญเรือน', 'มาลี', 'ประไพ', 'สุนีย์', 'ทองใบ', 'จำเนียร', 'บัวผัน', 'ละออ', 'สำราญ', 'พยอม', 'วันเพ็ญ'];
const SURNAMES = ['ใจดี', 'ศรีสุข', 'ทองคำ', 'บุญมา', 'แก้วกล้า', 'สุขสวัสดิ์', 'มั่นคง', 'พึ่งบุญ', 'เจริญผล', 'รักษาดี', 'ศรีทอง', 'อินทร์แก้ว'];
const DISABILITIES: DisabilityType[] = ['visual', 'physical', 'hearing', 'physical', 'visual', 'intellectual', 'multiple', 'mental'];

/** Deterministic pseudo-random numbers (mulberry32), so every demo database is the same. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid national ID from a 12-digit stem (the checksum is computed, not invented). */
export function nationalIdFrom(stem: string): string {
  return stem + String(nationalIdCheckDigit(stem));
}

export interface DemoOptions {
  seed: number;
  count: number;
  /** The first `disabled` persons have a recorded disability and card. */
  disabled: number;
  /** 12-digit prefix space, so the LAOs' IDs differ: e.g. '3210' for Rayong-born. */
  idPrefix: string;
  villages: string[];
}

const pick = <T>(random: () => number, list: readonly T[]): T => at(list, Math.floor(random() * list.length));
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function demoResidents(options: DemoOptions): CreateResidentDto[] {
  const random = seededRandom(options.seed);
  return Array.from({ length: options.count }, (_, i): CreateResidentDto => {
    const sex: Sex = random() < 0.56 ? 'female' : 'male';
    const year = 1930 + Math.floor(random() * 35);
    const birthDate = `${year}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`;
    const disabled = i < options.disabled;
    const moo = 1 + Math.floor(random() * options.villages.length);
    return {
      nationalId: nationalIdFrom(options.idPrefix + pad(i * 37 + 1001, 12 - options.idPrefix.length)),
      prefix: sex === 'male' ? 'นาย' : random() < 0.8 ? 'นาง' : 'นางสาว',
      firstName: pick(random, sex === 'male' ? MALE : FEMALE),
      lastName: pick(random, SURNAMES),
      sex,
      birthDate,
      houseNo: `${1 + Math.floor(random() * 250)}`,
      moo,
      village: options.villages[moo - 1] ?? null,
      phone: random() < 0.7 ? `08${pad(Math.floor(random() * 1e8), 8)}` : null,
      disabilityType: disabled ? at(DISABILITIES, i % DISABILITIES.length) : null,
      disabilityCardIssuedOn: disabled ? `20${pad(18 + (i % 6), 2)}-0${1 + (i % 9)}-15` : null,
      livingAlone: random() < 0.15,
      legalBasis: 'legal_duty',
    };
  });
}
