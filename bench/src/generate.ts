import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { nationalIdCheckDigit } from '@elderwork/thai';

/**
 * A deterministic synthetic Thailand, written with COPY (as the owner, a superuser or BYPASSRLS
 * role: row-level security is forced on tenant tables). Proportions (documented in bench/README.md):
 * - elders: 14,000,000 × scale, spread over the 7,773 LAOs that are not PAOs by weight —
 *   city municipality 20, Pattaya 20, town municipality 6, subdistrict municipality 1.3, SAO 0.8;
 * - sex 56 % female; age bands 60–69 55 %, 70–79 30 %, 80–89 12 %, 90+ 3 %; 8 % with a disability;
 * - Section 35: 10 % of disabled elders placed for calendar 2568 at 330 baht a day, one employer per LAO;
 * - occupations: 5 % of elders with income in each month of fiscal 2569 (100–3,000 baht);
 * - approved fiscal-2569 figures for every LAO (for the DLA statistics).
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
  largestLao: { id: string; code: string; elders: number };
}

const WEIGHT: Record<string, number> = { city_municipality: 20, pattaya: 20, town_municipality: 6, subdistrict_municipality: 1.3, sao: 0.8, pao: 0 };

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

async function copy(client: Client, sql: string, lines: Iterable<string>): Promise<void> {
  await pipeline(Readable.from(lines), client.query(copyFrom(sql)));
}

export async function generate({ ownerUrl, scale, log = () => undefined }: GenerateOptions): Promise<Generated> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
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
    const rand = random(2568);
    let serial = 0;
    let written = 0;
    // Residents: ids generated here so placements and income can refer to them.
    const disabled: { lao: string; id: string }[] = [];
    const earners: { lao: string; id: string }[] = [];
    function* residents(): Generator<string> {
      for (const [i, lao] of laos.entries()) {
        for (let k = 0; k < counts[i]!; k += 1) {
          serial += 1;
          const stem = `3${pad(serial, 11)}`;
          const id = `00000000-0000-4000-8000-${pad(serial, 12)}`;
          const female = rand() < 0.56;
          const r = rand();
          const age = r < 0.55 ? 60 + Math.floor(rand() * 10) : r < 0.85 ? 70 + Math.floor(rand() * 10) : r < 0.97 ? 80 + Math.floor(rand() * 10) : 90 + Math.floor(rand() * 10);
          const birth = `${2025 - age}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
          const disability = rand() < 0.08 ? 'physical' : '';
          if (disability && rand() < 0.1) disabled.push({ lao: lao.id, id });
          if (rand() < 0.05) earners.push({ lao: lao.id, id });
          written += 1;
          if (written % 500_000 === 0) log(`  residents: ${written.toLocaleString()} / ${total.toLocaleString()}`);
          yield `${lao.id},${id},${stem}${nationalIdCheckDigit(stem)},${female ? 'นาง' : 'นาย'},สมมุติ${serial % 997},ทดสอบ${serial % 991},${female ? 'female' : 'male'},${birth},${disability},legal_duty\n`;
        }
      }
    }
    log(`residents: ${total.toLocaleString()} over ${laos.length} LAOs`);
    await copy(client, `COPY resident (lao_id, id, national_id, prefix, first_name, last_name, sex, birth_date, disability_type, legal_basis) FROM STDIN WITH (FORMAT csv, NULL '')`, residents());

    log(`Section 35: ${disabled.length.toLocaleString()} placements`);
    const employerOf = new Map<string, string>();
    function* employers(): Generator<string> {
      for (const [i, laoId] of [...new Set(disabled.map((d) => d.lao))].entries()) {
        const id = `00000000-0000-4000-9000-${pad(i + 1, 12)}`;
        employerOf.set(laoId, id);
        const stem = `0${pad(i + 1, 11)}`;
        yield `${laoId},${id},บริษัท สมมุติ ${i + 1} จำกัด,${stem}${nationalIdCheckDigit(stem)},21\n`;
      }
    }
    await copy(client, `COPY employer (lao_id, id, name, registration_number, province_code) FROM STDIN WITH (FORMAT csv)`, employers());
    await copy(
      client,
      `COPY placement (lao_id, resident_id, employer_id, modality, status, start_date, end_date, daily_rate) FROM STDIN WITH (FORMAT csv)`,
      disabled.map((d) => `${d.lao},${d.id},${employerOf.get(d.lao)},other_assistance,completed,2025-01-01,2025-12-31,330\n`),
    );

    const months = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];
    log(`occupations: ${(earners.length * months.length).toLocaleString()} income records`);
    function* income(): Generator<string> {
      for (const e of earners) for (const m of months) yield `${e.lao},${e.id},${m}-01,${100 + Math.floor(rand() * 2900)},other,market,${author}\n`;
    }
    await copy(client, `COPY income_record (lao_id, resident_id, month, amount, source, channel, created_by) FROM STDIN WITH (FORMAT csv)`, income());

    log('approved fiscal-2569 figures for every LAO');
    await client.query(`
      INSERT INTO approved_figure (lao_id, year, year_type, model, province_code, persons, income)
      SELECT o.id, 2569, 'fiscal', m.model, o.province_code, coalesce(f.persons, 0), coalesce(f.income, 0)
      FROM org_unit o CROSS JOIN (VALUES ('section35'), ('caregiver'), ('occupation'), ('total')) AS m(model)
      LEFT JOIN (SELECT lao_id, count(DISTINCT resident_id) AS persons, sum(amount) AS income FROM income_record GROUP BY lao_id) f
        ON f.lao_id = o.id AND m.model IN ('occupation', 'total')
      WHERE o.type = 'lao'
      ON CONFLICT DO NOTHING`);
    await client.query('ANALYZE');
    const largest = counts.indexOf(Math.max(...counts));
    return {
      elders: written,
      placements: disabled.length,
      incomeRecords: earners.length * months.length,
      largestLao: { id: laos[largest]!.id, code: laos[largest]!.code, elders: counts[largest]! },
    };
  } finally {
    await client.end();
  }
}
