import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * กรุงเทพมหานคร (code 10) as a province: it has no LAO in DLA's list (the BMA is a special local
 * government), so the first migration's provinces were the 76 that have LAOs, and an employer in
 * Bangkok could not be recorded (issue 15). It is a province for employers' addresses and officers;
 * no LAO belongs to it.
 */
export class BangkokProvince1795880000000 implements MigrationInterface {
  name = 'BangkokProvince1795880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO org_unit (type, code, name, province_code)
       SELECT 'province', '10', 'กรุงเทพมหานคร', '10'
       WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE type = 'province' AND code = '10')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM org_unit WHERE type = 'province' AND code = '10'`);
  }
}
