/** Generated from LaoDataVersionEntity (lao_data_version). */
import { MigrationInterface, QueryRunner } from "typeorm";

export class DataVersion1795690000000 implements MigrationInterface {
    name = 'DataVersion1795690000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "lao_data_version" ("lao_id" uuid NOT NULL, "version" bigint NOT NULL DEFAULT '1', CONSTRAINT "PK_f2a17633456a1b8620ad7c48836" PRIMARY KEY ("lao_id"))`);
        await queryRunner.query(`ALTER TABLE "lao_data_version" ADD CONSTRAINT "FK_f2a17633456a1b8620ad7c48836" FOREIGN KEY ("lao_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "lao_data_version" DROP CONSTRAINT "FK_f2a17633456a1b8620ad7c48836"`);
        await queryRunner.query(`DROP TABLE "lao_data_version"`);
    }

}
