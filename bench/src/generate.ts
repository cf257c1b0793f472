import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  ADL_DEPENDENT_MAX, ADL_GROUP_MIN, ADL_ITEMS, ADL_ITEM_DEFINITIONS, ADL_REASSESSMENT_MONTHS, ADL_TOTAL_MAX, CAREGIVER_RULES,
  DEFAULT_COMPLETION_THRESHOLD, FOLLOW_UP_OUTCOMES, SCHOOL_SUBJECTS, VISIT_ACTIVITIES, type JobField, type WisdomBranch,
} from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';

/**
 * A deterministic synthetic Thailand, written with COPY (as the owner, a superuser or BYPASSRLS
 * role: row-level security is forced on tenant tables). Proportions (documented in bench/README.md):
 * - elders: 14,000,000 × scale, spread over the 7,773 LAOs that are not PAOs by weight —
 *   city municipality 20, Pattaya 20, town municipality 6, subdistrict municipality 1.3, SAO 0.8;
 * - sex 56 % female; age bands 60–69 55 %, 70–79 30 %, 80–89 12 %, 90+ 3 %; 8 % with a disability;
 * - Section 35: 10 % of disabled elders placed for calendar 2568 at 330 baht a day, one employer per LAO;
 * - occupations: 5 % of elders with income in each month of fiscal 2569 (100–3,000 baht);
 * - caregivers: dependent elders (ADL ≤ 11) by age band 1 / 3 / 8 / 20 % (≈ 3 % of elders), 30 % of
 *   them bed-bound, each with an ADL assessment; 5 % of the other elders with a screening (ADL 12–20).
 *   LAOs that employ caregivers (every city municipality and Pattaya, 60 % of town municipalities,
 *   25 % of subdistrict municipalities, 20 % of SAOs) put their dependent elders in groups of 2–4, each
 *   in the care of one volunteer aged 60–69 of the same LAO (30 % with the extra 50-hour course:
 *   6,000 baht, else 5,000), active all of fiscal 2569; the elders in care have their first assessment
 *   before care starts and a re-assessment 9 months later; one visit a week each through fiscal 2569;
 *   12 monthly stipends per caregiver;
 * - courses: an elderly school (one weekly 3-hour session for 16–26 weeks, classes of up to 50) in
 *   every city municipality and Pattaya, 60 % of town municipalities, 40 % of subdistrict
 *   municipalities and 35 % of SAOs, with 2 % of their elders; occupation training (6 sessions over
 *   3 weeks) for 1.5 % of elders in classes of up to 20; 3 % of school sessions cancelled; 75 % of
 *   learners attend ~95 % of sessions, the rest ~60 %; follow-up recorded for some who completed;
 * - wisdom bank: 1 % of elders registered (fiscal 2568–2569);
 * - approved fiscal-2569 figures for every LAO, from all three models (for the DLA statistics).
 * Dependent elders do not enrol in courses nor register in the wisdom bank.
 */
export interface GenerateOptions {
  ownerUrl: string;
  scale: number;
  log?: (message: string) => void;
}

export interface Generated {
  elders: number;
  placements: number;
  incomeRecords: number;
  /** Rows of adl_assessment: dependent elders' assessments, re-assessments of those in care, screenings. */
  adlAssessments: number;
  /** Elders assessed as dependent (ADL ≤ 11). */
  dependentElders: number;
  caregivers: number;
  /** Dependent elders in a caregiver's care (one assignment each). */
  careAssignments: number;
  careVisits: number;
  stipends: number;
  courses: number;
  courseSessions: number;
  enrolments: number;
  attendances: number;
  wisdomRegistrations: number;
  largestLao: { id: string; code: string; elders: number };
}

const WEIGHT: Record<string, number> = { city_municipality: 20, pattaya: 20, town_municipality: 6, subdistrict_municipality: 1.3, sao: 0.8, pao: 0 };
/** Share of LAOs, by type, that employ local caregiver volunteers. */
const CARE_SHARE: Record<string, number> = { city_municipality: 1, pattaya: 1, town_municipality: 0.6, subdistrict_municipality: 0.25, sao: 0.2, pao: 0 };
/** Share of LAOs, by type, that run an elderly school. */
const SCHOOL_SHARE: Record<string, number> = { city_municipality: 1, pattaya: 1, town_municipality: 0.6, subdistrict_municipality: 0.4, sao: 0.35, pao: 0 };
/** Chance of being dependent (ADL ≤ 11) by age band 60–69, 70–79, 80–89, 90+. */
const DEPENDENT_BY_BAND = [0.01, 0.03, 0.08, 0.2];
const BEDBOUND_SHARE = 0.3;
const SCREENED = 0.05;
const EXTRA_COURSE_SHARE = 0.3;
const ITEMISED_SHARE = 0.9;
const STUDENT = 0.02;
const TRAINEE = 0.015;
const WISDOM = 0.01;
const SCHOOL_CLASS = 50;
const TRAINING_CLASS = 20;
const SCHOOL_CANCELLED = 0.03;

/** mulberry32: the same data on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Deterministic ids: residents …-8000-serial, employers …-9000-, then one prefix per table. */
const uuid = (prefix: string, n: number): string => `00000000-0000-4000-${prefix}-${pad(n, 12)}`;
const residentId = (serial: number): string => uuid('8000', serial);

/** A growable column of 32-bit integers: per-elder selections are kept as serial numbers, 4 bytes each. */
class IntList {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  at(i: number): number {
    return this.data[i]!;
  }
}

// Dates as day numbers (days since 1970-01-01, UTC); formatted from a table, since millions of rows carry one.
const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const ISO_FROM = dayOf('2018-01-01');
const ISO_DAYS = Array.from({ length: 10 * 366 }, (_, i) => new Date((ISO_FROM + i) * DAY_MS).toISOString().slice(0, 10));
const iso = (day: number): string => ISO_DAYS[day - ISO_FROM] ?? new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
const isoWeekday = (day: number): number => ((day + 3) % 7) + 1;
const addMonths = (day: number, months: number): number => {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()) / DAY_MS;
};

const FY_START = dayOf('2024-10-01');
const FY_END = dayOf('2025-09-30');
const MONTHS = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];
const MONTH_DAYS = MONTHS.map((m) => {
  const first = dayOf(`${m}-01`);
  return { first, days: addMonths(first, 1) - first };
});
/** Caregivers start between the regulation's first year and June 2024 (so they are active all of fiscal 2569). */
const CAREGIVER_FROM = dayOf('2020-01-01');
const CAREGIVER_TO = dayOf('2024-06-30');
/** The first assessment of an elder taken into care, before the care starts (at the latest 2024-09-29). */
const INTAKE_FROM = dayOf('2024-04-01');
const INTAKE_TO = dayOf('2024-09-15');
/** Other assessments and wisdom-bank registrations: fiscal 2568–2569. */
const RECENT_FROM = dayOf('2023-10-01');
const SCHOOL_FIRST_MONDAY = dayOf('2024-11-04');
const FIRST_TUESDAY = FY_START + ((2 - isoWeekday(FY_START) + 7) % 7);
const TRAINING_OFFSETS = [0, 2, 7, 9, 14, 16]; // Tuesdays and Thursdays for 3 weeks
const TRAINING_STARTS = Math.floor((FY_END - 16 - FIRST_TUESDAY) / 7) + 1;

const ADL_MAX = ADL_ITEMS.map((item) => ADL_ITEM_DEFINITIONS[item].max);
const TRAININGS: [title: string, field: JobField][] = [
  ['การทำน้ำพริกและอาหารแปรรูป', 'food'],
  ['การทำขนมไทย', 'food'],
  ['การปลูกผักปลอดสารพิษ', 'agriculture'],
  ['การเพาะเห็ด', 'agriculture'],
  ['การนวดแผนไทยเพื่อสุขภาพ', 'welfare_services'],
  ['การดูแลเด็กเล็กในชุมชน', 'childcare'],
  ['การช่วยเหลืองานบ้านและชีวิตประจำวัน', 'daily_life_support'],
  ['การจักสานและงานหัตถกรรม', 'other'],
  ['การทำยาสีฟันและน้ำมันสมุนไพรจากต้นแฉ่ง', 'other'],
];
const WISDOM_TOPICS: [branch: WisdomBranch, title: string][] = [
  ['agriculture', 'เกษตรผสมผสานตามแนวเศรษฐกิจพอเพียง'],
  ['medicine_public_health', 'การนวดแผนไทยและสมุนไพรพื้นบ้าน'],
  ['industry_handicraft_otop', 'การจักสานไม้ไผ่'],
  ['arts_culture_tradition', 'ดนตรีไทยและการแสดงพื้นบ้าน'],
  ['language_literature', 'การอ่านและเขียนอักษรธรรม'],
  ['religion_ethics', 'การสวดมนต์และเทศน์แหล่'],
  ['commerce_services', 'การค้าขายและบัญชีครัวเรือน'],
  ['natural_resources_environment', 'การอนุรักษ์ป่าชุมชน'],
  ['education', 'การสอนหนังสือเด็กในชุมชน'],
  ['social_development_welfare', 'กองทุนสวัสดิการชุมชน'],
  ['engineering', 'ช่างไม้และการซ่อมแซมบ้าน'],
  ['other', 'อาหารพื้นบ้าน'],
];

/** A PostgreSQL array literal as one CSV field (elements without commas, quotes, braces or edge spaces). */
const pgArray = (items: readonly (string | number)[]): string => `"{${items.join(',')}}"`;

interface Course {
  lao: number;
  kind: 'elderly_school' | 'occupation_training';
  title: string;
  jobField: JobField | null;
  weekdays: number[];
  days: number[];
  cancelled: boolean[];
  /** The course's enrolments are enrolled.at(from … to − 1), enrolment numbers from + 1 … to. */
  from: number;
  to: number;
  /** Session numbers firstSession + 1 … firstSession + days.length. */
  firstSession: number;
}

/** An enrolment's attendance and follow-up, from its own seed: the same in the enrolment and attendance passes. */
function progress(enrolment: number, course: Course): { attended: boolean[]; count: number; followUp: string } {
  const r = random(Math.imul(enrolment, 0x9e3779b1) ^ 0x5eed);
  const rate = r() < 0.75 ? 0.95 : 0.6;
  let held = 0;
  let count = 0;
  const attended = course.days.map((_, j) => {
    if (course.cancelled[j]) return false;
    held += 1;
    const here = r() < rate;
    if (here) count += 1;
    return here;
  });
  // Completed (all sessions are past): attended ≥ threshold × held, in integers (threshold in hundredths).
  const completed = held > 0 && count * 100 >= Math.round(DEFAULT_COMPLETION_THRESHOLD * 100) * held;
  const followUp = completed && r() < (course.kind === 'occupation_training' ? 0.6 : 0.4) ? FOLLOW_UP_OUTCOMES[Math.floor(r() * FOLLOW_UP_OUTCOMES.length)]! : '';
  return { attended, count, followUp };
}

/** COPY lines in 64 KB chunks (one stream chunk per row is slow), counting them. */
function* chunked(lines: Iterable<string>, counter: { rows: number }): Generator<string> {
  let chunk = '';
  for (const line of lines) {
    counter.rows += 1;
    chunk += line;
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

async function copy(client: Client, sql: string, lines: Iterable<string>): Promise<number> {
  const counter = { rows: 0 };
  await pipeline(Readable.from(chunked(lines, counter)), client.query(copyFrom(sql)));
  return counter.rows;
}

const n = (value: number): string => value.toLocaleString('en-US');
const seconds = (since: number): number => (Date.now() - since) / 1000;

export async function generate({ ownerUrl, scale, log = () => undefined }: GenerateOptions): Promise<Generated> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  /** COPY into `table`, then one line with the rows written and the time taken. */
  const copyInto = async (table: string, columns: string, lines: Iterable<string>): Promise<number> => {
    const started = Date.now();
    const rows = await copy(client, `COPY ${table} (${columns}) FROM STDIN WITH (FORMAT csv)`, lines);
    const s = seconds(started);
    log(`  ${table}: ${n(rows)} rows in ${s.toFixed(1)} s (${n(Math.round(rows / Math.max(s, 0.001)))} rows/s)`);
    return rows;
  };
  try {
    const laos = (await client.query<{ id: string; code: string; lao_type: string; province_code: string }>(
      `SELECT id, code, lao_type, province_code FROM org_unit WHERE type = 'lao' ORDER BY code`,
    )).rows;
    // Records need an author: an inactive account of the DLA stands for the generator.
    const author = (await client.query<{ id: string }>(
      `INSERT INTO app_user (email, display_name, password_hash, role, org_unit_id, active)
       SELECT 'generator@bench.example', 'synthetic data', 'x', 'dla_officer', id, false FROM org_unit WHERE type = 'dla' RETURNING id`,
    )).rows[0]!.id;
    const total = Math.round(14_000_000 * scale);
    const weightSum = laos.reduce((a, l) => a + (WEIGHT[l.lao_type] ?? 1), 0);
    const counts = laos.map((l) => Math.round((total * (WEIGHT[l.lao_type] ?? 1)) / weightSum));
    const planned = counts.reduce((a, c) => a + c, 0);
    // Serials are given LAO by LAO: LAO i holds firstSerial[i] … firstSerial[i + 1] − 1.
    const firstSerial = new Int32Array(laos.length + 1);
    for (let i = 0; i < laos.length; i += 1) firstSerial[i + 1] = firstSerial[i]! + counts[i]!;
    for (let i = 0; i <= laos.length; i += 1) firstSerial[i] += 1;
    /** The LAO of an elder: the last LAO whose first serial is at or before it (empty LAOs share their successor's). */
    const laoOf = (serial: number): string => {
      let lo = 0;
      let hi = laos.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (firstSerial[mid]! <= serial) lo = mid;
        else hi = mid - 1;
      }
      return laos[lo]!.id;
    };

    // Three generators: `rand` draws the registry, Section 35 and income as before; `care` the
    // caregivers and ADL; `learn` the courses and the wisdom bank. Each is deterministic on its own.
    const rand = random(2568);
    const care = random(2562);
    const learn = random(2559);
    const between = (r: () => number, from: number, to: number): number => from + Math.floor(r() * (to - from + 1));

    // What later phases need of the elders, as serial numbers (ids are derived from them).
    const disabled = new IntList();
    const earners = new IntList();
    const adl = { serial: new IntList(), total: new IntList(), day: new IntList() };
    const caregivers = { serial: new IntList(), start: new IntList(), extra: new IntList(), size: new IntList() };
    const assigned = { recipient: new IntList(), from: new IntList() };
    const courses: Course[] = [];
    const enrolled = new IntList();
    const wisdom = new IntList();
    let dependentElders = 0;
    let sessions = 0;
    let caringLaos = 0;
    // The current LAO's selections (at most its own elders), turned into the lists above when it is done.
    const dependents: number[] = [];
    const candidates: number[] = [];
    const students: number[] = [];
    const trainees: number[] = [];

    const assess = (serial: number, score: number, day: number): void => {
      adl.serial.push(serial);
      adl.total.push(score);
      adl.day.push(day);
    };
    const dependentScore = (): number =>
      care() < BEDBOUND_SHARE ? Math.floor(care() * ADL_GROUP_MIN.homebound) : between(care, ADL_GROUP_MIN.homebound, ADL_DEPENDENT_MAX);

    const addCourses = (lao: number, kind: Course['kind'], learners: number[]): void => {
      const classes = Math.ceil(learners.length / (kind === 'elderly_school' ? SCHOOL_CLASS : TRAINING_CLASS));
      const size = Math.ceil(learners.length / classes);
      for (let c = 0; c < classes; c += 1) {
        let course: Omit<Course, 'from' | 'to' | 'firstSession'>;
        if (kind === 'elderly_school') {
          const weekday = between(learn, 1, 5);
          const first = SCHOOL_FIRST_MONDAY + 7 * Math.floor(learn() * 4) + weekday - 1;
          const days = Array.from({ length: between(learn, 16, 26) }, (_, j) => first + 7 * j);
          course = {
            lao, kind, jobField: null, weekdays: [weekday], days, cancelled: days.map(() => learn() < SCHOOL_CANCELLED),
            title: `โรงเรียนผู้สูงอายุ ปีการศึกษา 2568${classes > 1 ? ` ห้อง ${c + 1}` : ''}`,
          };
        } else {
          const [topic, field] = TRAININGS[Math.floor(learn() * TRAININGS.length)]!;
          const first = FIRST_TUESDAY + 7 * Math.floor(learn() * TRAINING_STARTS);
          const days = TRAINING_OFFSETS.map((d) => first + d);
          course = { lao, kind, jobField: field, weekdays: [2, 4], days, cancelled: days.map(() => false), title: `ฝึกอบรมอาชีพ ${topic}` };
        }
        const from = enrolled.length;
        for (const serial of learners.slice(c * size, (c + 1) * size)) enrolled.push(serial);
        courses.push({ ...course, from, to: enrolled.length, firstSession: sessions });
        sessions += course.days.length;
      }
    };

    /** The end of an LAO's elders: care groups, assessments, courses. */
    const closeLao = (lao: number, employs: boolean): void => {
      let next = 0;
      if (employs) {
        for (let i = dependents.length - 1; i > 0; i -= 1) {
          const j = Math.floor(care() * (i + 1));
          [dependents[i], dependents[j]] = [dependents[j]!, dependents[i]!];
        }
        const { minRecipients: min, maxRecipients: max } = CAREGIVER_RULES;
        if (dependents.length >= min && candidates.length > 0) caringLaos += 1;
        while (dependents.length - next >= min && candidates.length > 0) {
          const rest = dependents.length - next;
          let size = Math.min(rest, between(care, min, max));
          // Never leave one elder alone at the end: a caregiver needs at least two.
          if (rest - size === 1) size = size === max ? size - 1 : size + 1;
          const pick = Math.floor(care() * candidates.length);
          const caregiver = candidates[pick]!;
          candidates[pick] = candidates[candidates.length - 1]!;
          candidates.pop();
          const start = between(care, CAREGIVER_FROM, CAREGIVER_TO);
          caregivers.serial.push(caregiver);
          caregivers.start.push(start);
          caregivers.extra.push(care() < EXTRA_COURSE_SHARE ? CAREGIVER_RULES.extraCourseHours : 0);
          caregivers.size.push(size);
          for (let k = 0; k < size; k += 1) {
            const recipient = dependents[next]!;
            next += 1;
            const score = dependentScore();
            const intake = between(care, INTAKE_FROM, INTAKE_TO);
            assess(recipient, score, intake);
            assess(recipient, Math.max(0, Math.min(ADL_DEPENDENT_MAX, score - 2 + Math.floor(care() * 4))), addMonths(intake, ADL_REASSESSMENT_MONTHS));
            assigned.recipient.push(recipient);
            assigned.from.push(Math.max(start, intake + between(care, 1, 14)));
          }
        }
      }
      for (; next < dependents.length; next += 1) assess(dependents[next]!, dependentScore(), between(care, RECENT_FROM, FY_END));
      if (students.length > 0) addCourses(lao, 'elderly_school', students);
      if (trainees.length > 0) addCourses(lao, 'occupation_training', trainees);
      dependents.length = 0;
      candidates.length = 0;
      students.length = 0;
      trainees.length = 0;
    };

    let serial = 0;
    let written = 0;
    const every = Math.min(500_000, Math.max(1_000, Math.round(planned / 20)));
    const residentsStarted = Date.now();
    function* residents(): Generator<string> {
      for (const [i, lao] of laos.entries()) {
        const employs = care() < (CARE_SHARE[lao.lao_type] ?? 0);
        const school = learn() < (SCHOOL_SHARE[lao.lao_type] ?? 0);
        for (let k = 0; k < counts[i]!; k += 1) {
          serial += 1;
          const stem = `3${pad(serial, 11)}`;
          const id = residentId(serial);
          const female = rand() < 0.56;
          const r = rand();
          const age = r < 0.55 ? 60 + Math.floor(rand() * 10) : r < 0.85 ? 70 + Math.floor(rand() * 10) : r < 0.97 ? 80 + Math.floor(rand() * 10) : 90 + Math.floor(rand() * 10);
          const birth = `${2025 - age}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
          const disability = rand() < 0.08 ? 'physical' : '';
          if (disability && rand() < 0.1) disabled.push(serial);
          if (rand() < 0.05) earners.push(serial);
          const band = Math.min(3, Math.floor((age - 60) / 10));
          if (care() < DEPENDENT_BY_BAND[band]!) {
            dependents.push(serial);
            dependentElders += 1;
          } else {
            if (care() < SCREENED) assess(serial, between(care, ADL_GROUP_MIN.social, ADL_TOTAL_MAX), between(care, RECENT_FROM, FY_END));
            if (band === 0) candidates.push(serial);
            if (school && learn() < STUDENT) students.push(serial);
            if (learn() < TRAINEE) trainees.push(serial);
            if (learn() < WISDOM) wisdom.push(serial);
          }
          written += 1;
          if (written % every === 0 || written === planned) {
            const s = seconds(residentsStarted);
            log(`  residents: ${n(written)} / ${n(planned)} (${((written / planned) * 100).toFixed(1)} %), ${n(Math.round(written / Math.max(s, 0.001)))} rows/s`);
          }
          yield `${lao.id},${id},${stem}${nationalIdCheckDigit(stem)},${female ? 'นาง' : 'นาย'},สมมุติ${serial % 997},ทดสอบ${serial % 991},${female ? 'female' : 'male'},${birth},${disability},legal_duty\n`;
        }
        closeLao(i, employs);
      }
    }
    log(`residents: ${n(planned)} over ${n(laos.length)} LAOs`);
    await copyInto('resident', 'lao_id, id, national_id, prefix, first_name, last_name, sex, birth_date, disability_type, legal_basis', residents());

    log(`Section 35: ${n(disabled.length)} placements`);
    const employerOf = new Map<string, string>();
    function* employers(): Generator<string> {
      let e = 0;
      for (let d = 0; d < disabled.length; d += 1) {
        const laoId = laoOf(disabled.at(d));
        if (employerOf.has(laoId)) continue;
        e += 1;
        const id = uuid('9000', e);
        employerOf.set(laoId, id);
        const stem = `0${pad(e, 11)}`;
        yield `${laoId},${id},บริษัท สมมุติ ${e} จำกัด,${stem}${nationalIdCheckDigit(stem)},21\n`;
      }
    }
    await copyInto('employer', 'lao_id, id, name, registration_number, province_code', employers());
    function* placements(): Generator<string> {
      for (let d = 0; d < disabled.length; d += 1) {
        const laoId = laoOf(disabled.at(d));
        yield `${laoId},${residentId(disabled.at(d))},${employerOf.get(laoId)},other_assistance,completed,2025-01-01,2025-12-31,330\n`;
      }
    }
    await copyInto('placement', 'lao_id, resident_id, employer_id, modality, status, start_date, end_date, daily_rate', placements());

    log(`occupations: ${n(earners.length * MONTHS.length)} income records`);
    function* income(): Generator<string> {
      for (let e = 0; e < earners.length; e += 1) {
        const laoId = laoOf(earners.at(e));
        const id = residentId(earners.at(e));
        for (const m of MONTHS) yield `${laoId},${id},${m}-01,${100 + Math.floor(rand() * 2900)},other,market,${author}\n`;
      }
    }
    await copyInto('income_record', 'lao_id, resident_id, month, amount, source, channel, created_by', income());

    // Caregivers. Assignments are numbered in caregiver order: caregiver c has the next size(c) of them.
    log(
      `caregivers: ${n(dependentElders)} dependent elders, ${n(assigned.recipient.length)} of them in the care of ${n(caregivers.serial.length)} caregivers ` +
        `in ${n(caringLaos)} LAOs; ${n(adl.serial.length)} ADL assessments`,
    );
    function* assessments(): Generator<string> {
      const items = new Array<number>(ADL_ITEMS.length);
      for (let a = 0; a < adl.serial.length; a += 1) {
        const s = adl.serial.at(a);
        const score = adl.total.at(a);
        let scores = ',,,,,,,,,';
        if (care() < ITEMISED_SHARE) {
          // The score spread over the ten items, each within its own maximum (they add up to 20).
          items.fill(0);
          for (let p = 0; p < score; p += 1) {
            let k = Math.floor(care() * items.length);
            while (items[k]! >= ADL_MAX[k]!) k = (k + 1) % items.length;
            items[k]! += 1;
          }
          scores = items.join(',');
        }
        yield `${laoOf(s)},${residentId(s)},${iso(adl.day.at(a))},${scores},${score},${author}\n`;
      }
    }
    const adlAssessments = await copyInto(
      'adl_assessment',
      'lao_id, resident_id, assessed_on, feeding, bathing, grooming, dressing, bowels, bladder, toilet_use, transfers, mobility, stairs, total, created_by',
      assessments(),
    );
    function* caregiverRows(): Generator<string> {
      for (let c = 0; c < caregivers.serial.length; c += 1) {
        const s = caregivers.serial.at(c);
        const start = caregivers.start.at(c);
        // Certified (70-hour course) before or on the first day: active from the start date.
        yield `${laoOf(s)},${uuid('a000', c + 1)},${residentId(s)},${iso(start)},,${CAREGIVER_RULES.prerequisiteHours},${iso(start - Math.floor(care() * 60))},` +
          `${caregivers.extra.at(c)},ผู้จัดการการดูแลผู้สูงอายุ สมมุติ ${(c % 97) + 1},\n`;
      }
    }
    await copyInto('caregiver', 'lao_id, id, resident_id, start_date, end_date, training_hours, certified_on, extra_course_hours, care_manager, monthly_stipend', caregiverRows());
    /** Every assignment with its caregiver: [assignment number (from 0), caregiver number (from 0), LAO id]. */
    function* eachAssignment(): Generator<[number, number, string]> {
      let a = 0;
      for (let c = 0; c < caregivers.serial.length; c += 1) {
        const laoId = laoOf(caregivers.serial.at(c));
        for (let k = 0; k < caregivers.size.at(c); k += 1, a += 1) yield [a, c, laoId];
      }
    }
    function* assignments(): Generator<string> {
      for (const [a, c, laoId] of eachAssignment()) {
        yield `${laoId},${uuid('a100', a + 1)},${uuid('a000', c + 1)},${residentId(assigned.recipient.at(a))},${iso(assigned.from.at(a))},,,${author}\n`;
      }
    }
    const careAssignments = await copyInto('care_assignment', 'lao_id, id, caregiver_id, recipient_id, from_date, to_date, end_reason, created_by', assignments());
    // Visits: every week of fiscal 2569 (all care started before it), 30–179 minutes, 1–3 activities.
    const activitySets = Array.from({ length: 64 }, () => {
      const picked = new Set<string>();
      const size = between(care, 1, 3);
      while (picked.size < size) picked.add(VISIT_ACTIVITIES[Math.floor(care() * VISIT_ACTIVITIES.length)]!);
      return pgArray(VISIT_ACTIVITIES.filter((v) => picked.has(v)));
    });
    function* visits(): Generator<string> {
      for (const [a, c, laoId] of eachAssignment()) {
        const head = `${laoId},${uuid('a100', a + 1)},${uuid('a000', c + 1)},${residentId(assigned.recipient.at(a))},`;
        for (let day = FY_START + Math.floor(care() * 7); day <= FY_END; day += 7) {
          yield `${head}${iso(day)},${between(care, 30, 179)},${activitySets[Math.floor(care() * activitySets.length)]},${author}\n`;
        }
      }
    }
    const careVisits = await copyInto('care_visit', 'lao_id, assignment_id, caregiver_id, recipient_id, visited_on, minutes, activities, created_by', visits());
    // Stipends: every month of fiscal 2569 in full, paid on the 5th of the next month.
    function* stipends(): Generator<string> {
      for (let c = 0; c < caregivers.serial.length; c += 1) {
        const laoId = laoOf(caregivers.serial.at(c));
        const rate = caregivers.extra.at(c) >= CAREGIVER_RULES.extraCourseHours ? CAREGIVER_RULES.stipendWithExtraCourse : CAREGIVER_RULES.stipend;
        for (const { first, days } of MONTH_DAYS) {
          yield `${laoId},${uuid('a000', c + 1)},${iso(first)},${rate}.00,${days},${days},${rate}.00,${iso(first + days + 4)},${author},${author}\n`;
        }
      }
    }
    const stipendRows = await copyInto('stipend', 'lao_id, caregiver_id, month, monthly_stipend, days_active, days_in_month, amount, paid_on, paid_by, created_by', stipends());

    // Courses, their sessions, enrolments and attendance.
    log(`courses: ${n(courses.length)} (${n(courses.filter((c) => c.kind === 'elderly_school').length)} elderly-school classes), ${n(sessions)} sessions, ${n(enrolled.length)} enrolments`);
    function* courseRows(): Generator<string> {
      for (const [c, course] of courses.entries()) {
        const school = course.kind === 'elderly_school';
        yield `${laos[course.lao]!.id},${uuid('b000', c + 1)},${course.kind},${course.title},${pgArray(school ? SCHOOL_SUBJECTS : [])},` +
          `${pgArray(course.jobField ? [course.jobField] : [])},${iso(course.days[0]!)},${iso(course.days[course.days.length - 1]!)},${pgArray(course.weekdays)},` +
          `${school ? '09:00' : '13:00'},3.00,${pgArray(school ? ['โรงพยาบาลส่งเสริมสุขภาพตำบล'] : ['สำนักงานพัฒนาชุมชนอำเภอ'])},` +
          `${school ? 'ศาลาอเนกประสงค์' : 'ศูนย์พัฒนาอาชีพ'},${DEFAULT_COMPLETION_THRESHOLD.toFixed(2)}\n`;
      }
    }
    const courseCount = await copyInto(
      'course',
      'lao_id, id, kind, title, subjects, job_fields, start_date, end_date, weekdays, start_time, hours_per_session, partner_organisations, place, completion_threshold',
      courseRows(),
    );
    function* sessionRows(): Generator<string> {
      for (const [c, course] of courses.entries()) {
        const laoId = laos[course.lao]!.id;
        const time = course.kind === 'elderly_school' ? '09:00' : '13:00';
        for (const [j, day] of course.days.entries()) {
          yield `${laoId},${uuid('b100', course.firstSession + j + 1)},${uuid('b000', c + 1)},${iso(day)},${time},3.00,${course.cancelled[j] ? 'true' : 'false'}\n`;
        }
      }
    }
    const courseSessions = await copyInto('course_session', 'lao_id, id, course_id, date, start_time, hours, cancelled', sessionRows());
    function* enrolmentRows(): Generator<string> {
      for (const [c, course] of courses.entries()) {
        const laoId = laos[course.lao]!.id;
        const at = `${iso(course.days[0]! - 7)} 09:00:00+07`;
        for (let e = course.from; e < course.to; e += 1) {
          yield `${laoId},${uuid('b200', e + 1)},${uuid('b000', c + 1)},${residentId(enrolled.at(e))},${progress(e + 1, course).followUp},${at}\n`;
        }
      }
    }
    const enrolments = await copyInto('course_enrolment', 'lao_id, id, course_id, resident_id, follow_up, enrolled_at', enrolmentRows());
    function* attendanceRows(): Generator<string> {
      for (const course of courses) {
        const laoId = laos[course.lao]!.id;
        for (let e = course.from; e < course.to; e += 1) {
          const { attended } = progress(e + 1, course);
          for (const [j, here] of attended.entries()) if (here) yield `${laoId},${uuid('b100', course.firstSession + j + 1)},${uuid('b200', e + 1)}\n`;
        }
      }
    }
    const attendances = await copyInto('course_attendance', 'lao_id, session_id, enrolment_id', attendanceRows());

    log(`wisdom bank: ${n(wisdom.length)} registrations`);
    function* wisdomRows(): Generator<string> {
      for (let w = 0; w < wisdom.length; w += 1) {
        const s = wisdom.at(w);
        const [branch, title] = WISDOM_TOPICS[Math.floor(learn() * WISDOM_TOPICS.length)]!;
        yield `${laoOf(s)},${residentId(s)},${branch},${title},${between(learn, 5, 50)},${learn() < 0.4 ? 'true' : 'false'},${iso(between(learn, RECENT_FROM, FY_END))}\n`;
      }
    }
    const wisdomRegistrations = await copyInto('wisdom_registration', 'lao_id, resident_id, branch, title, years_of_experience, willing_to_teach, registered_on', wisdomRows());

    // Each model's income in fiscal 2569 as the yearly report's ledger counts it (reports/ledger.ts),
    // with the LAO: Section 35 placements' counted days × rate, stipends, income records.
    log('approved fiscal-2569 figures for every LAO');
    let started = Date.now();
    await client.query(
      `WITH ledger AS (
         SELECT pl.lao_id, 'section35' AS model, pl.resident_id,
                round(pl.daily_rate * counted_days(greatest(pl.start_date, $1::date), least(coalesce(pl.terminated_on, pl.end_date), $2::date)), 2) AS income
         FROM placement pl WHERE pl.start_date <= $2::date AND coalesce(pl.terminated_on, pl.end_date) >= $1::date
         UNION ALL
         SELECT s.lao_id, 'caregiver', c.resident_id, s.amount
         FROM stipend s JOIN caregiver c ON c.lao_id = s.lao_id AND c.id = s.caregiver_id WHERE s.month BETWEEN $1::date AND $2::date
         UNION ALL
         SELECT i.lao_id, 'occupation', i.resident_id, i.amount FROM income_record i WHERE i.month BETWEEN $1::date AND $2::date
       ),
       f AS (
         SELECT lao_id, coalesce(model, 'total') AS model, count(DISTINCT resident_id) AS persons, sum(income) AS income
         FROM ledger WHERE income > 0 GROUP BY GROUPING SETS ((lao_id, model), (lao_id))
       )
       INSERT INTO approved_figure (lao_id, year, year_type, model, province_code, persons, income)
       SELECT o.id, 2569, 'fiscal', m.model, o.province_code, coalesce(f.persons, 0), coalesce(f.income, 0)
       FROM org_unit o CROSS JOIN (VALUES ('section35'), ('caregiver'), ('occupation'), ('total')) AS m(model)
       LEFT JOIN f ON f.lao_id = o.id AND f.model = m.model
       WHERE o.type = 'lao'
       ON CONFLICT DO NOTHING`,
      [iso(FY_START), iso(FY_END)],
    );
    log(`  approved_figure: ${seconds(started).toFixed(1)} s`);
    started = Date.now();
    await client.query('ANALYZE');
    log(`  ANALYZE: ${seconds(started).toFixed(1)} s`);
    const largest = counts.indexOf(Math.max(...counts));
    return {
      elders: written,
      placements: disabled.length,
      incomeRecords: earners.length * MONTHS.length,
      adlAssessments,
      dependentElders,
      caregivers: caregivers.serial.length,
      careAssignments,
      careVisits,
      stipends: stipendRows,
      courses: courseCount,
      courseSessions,
      enrolments,
      attendances,
      wisdomRegistrations,
      largestLao: { id: laos[largest]!.id, code: laos[largest]!.code, elders: counts[largest]! },
    };
  } finally {
    await client.end();
  }
}
