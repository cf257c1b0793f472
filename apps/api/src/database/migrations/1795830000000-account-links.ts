import { MigrationInterface, QueryRunner } from "typeorm";

export class AccountLinks1795830000000 implements MigrationInterface {
    name = 'AccountLinks1795830000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "account_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1af91112f0eef7205c6b0abcbfa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_account_link_user" ON "account_link" ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_account_link_token" ON "account_link" ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "account_link" ADD CONSTRAINT "FK_c733122ab222996a0d6cb19cc2e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "account_link" DROP CONSTRAINT "FK_c733122ab222996a0d6cb19cc2e"`);
        await queryRunner.query(`DROP INDEX "public"."uq_account_link_token"`);
        await queryRunner.query(`DROP INDEX "public"."ix_account_link_user"`);
        await queryRunner.query(`DROP TABLE "account_link"`);
    }

}
