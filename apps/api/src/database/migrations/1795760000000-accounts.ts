import { MigrationInterface, QueryRunner } from "typeorm";

export class Accounts1795760000000 implements MigrationInterface {
    name = 'Accounts1795760000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "account_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" character varying(16) NOT NULL, "changes" jsonb, CONSTRAINT "PK_cdcefad9fefc422986bdd90628e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_account_change_user" ON "account_change" ("user_id", "at") `);
        await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_user_session_user" ON "user_session" ("user_id") `);
        await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "account_change" ADD CONSTRAINT "FK_ab77c5b5fd21ef097bc00c2fa85" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account_change" ADD CONSTRAINT "FK_85c47e4bbc9c4de31e678e043a3" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
        await queryRunner.query(`ALTER TABLE "account_change" DROP CONSTRAINT "FK_85c47e4bbc9c4de31e678e043a3"`);
        await queryRunner.query(`ALTER TABLE "account_change" DROP CONSTRAINT "FK_ab77c5b5fd21ef097bc00c2fa85"`);
        await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_session_user"`);
        await queryRunner.query(`DROP TABLE "user_session"`);
        await queryRunner.query(`DROP INDEX "public"."ix_account_change_user"`);
        await queryRunner.query(`DROP TABLE "account_change"`);
    }

}
