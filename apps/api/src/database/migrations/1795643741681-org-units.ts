import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readLaoList } from '../../org-units/lao-list';

/** Reference data: the DLA, the 76 provinces and DLA's published list of 7,849 LAOs. */
export class OrgUnits1795643741681 implements MigrationInterface {
  name = 'OrgUnits1795643741681';

  async up(runner: QueryRunner): Promise<void> {
    const { laos, provinces } = readLaoList();
    await runner.query(`INSERT INTO org_unit (type, code, name) VALUES ('dla', 'DLA', 'กรมส่งเสริมการปกครองท้องถิ่น')`);
    await runner.query(
      `INSERT INTO org_unit (type, code, name, province_code)
       SELECT 'province', code, name, code FROM unnest($1::text[], $2::text[]) AS p(code, name)`,
      [provinces.map((p) => p.code), provinces.map((p) => p.name)],
    );
    await runner.query(
      `INSERT INTO org_unit (type, code, name, lao_type, province_code, district)
       SELECT 'lao', code, name, lao_type, province_code, district
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS l(code, name, lao_type, province_code, district)`,
      [
        laos.map((l) => l.code),
        laos.map((l) => l.name),
        laos.map((l) => l.laoType),
        laos.map((l) => l.provinceCode),
        laos.map((l) => l.district),
      ],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM org_unit`);
  }
}
