import { MigrationInterface, QueryRunner } from "typeorm";

export class SecondFactor1795850000000 implements MigrationInterface {
    name = 'SecondFactor1795850000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "login_throttle" ("key" character varying(64) NOT NULL, "account" character varying(64), "failures" integer NOT NULL, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE INDEX "ix_login_throttle_last_failure" ON "login_throttle" ("last_failure_at") `);
        await queryRunner.query(`CREATE INDEX "ix_login_throttle_account" ON "login_throttle" ("account") `);
        await queryRunner.query(`CREATE TABLE "user_totp" ("user_id" uuid NOT NULL, "secret_enc" character varying(200) NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_04aa6aca4a656f0d4e1fd30ab10" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE TABLE "totp_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9617fbec215e61345a8eedac985" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_totp_recovery_code_user" ON "totp_recovery_code" ("user_id") `);
        await queryRunner.query(`CREATE TABLE "login_challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "purpose" character varying(8) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_179c2cb373394f4f74956209237" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_login_challenge_user" ON "login_challenge" ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_login_challenge_token" ON "login_challenge" ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "user_totp" ADD CONSTRAINT "FK_04aa6aca4a656f0d4e1fd30ab10" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "totp_recovery_code" ADD CONSTRAINT "FK_7246c62246e51815eb9234764ed" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "login_challenge" ADD CONSTRAINT "FK_83b66da81686473851fc0c2b335" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "login_challenge" DROP CONSTRAINT "FK_83b66da81686473851fc0c2b335"`);
        await queryRunner.query(`ALTER TABLE "totp_recovery_code" DROP CONSTRAINT "FK_7246c62246e51815eb9234764ed"`);
        await queryRunner.query(`ALTER TABLE "user_totp" DROP CONSTRAINT "FK_04aa6aca4a656f0d4e1fd30ab10"`);
        await queryRunner.query(`DROP INDEX "public"."uq_login_challenge_token"`);
        await queryRunner.query(`DROP INDEX "public"."ix_login_challenge_user"`);
        await queryRunner.query(`DROP TABLE "login_challenge"`);
        await queryRunner.query(`DROP INDEX "public"."ix_totp_recovery_code_user"`);
        await queryRunner.query(`DROP TABLE "totp_recovery_code"`);
        await queryRunner.query(`DROP TABLE "user_totp"`);
        await queryRunner.query(`DROP INDEX "public"."ix_login_throttle_account"`);
        await queryRunner.query(`DROP INDEX "public"."ix_login_throttle_last_failure"`);
        await queryRunner.query(`DROP TABLE "login_throttle"`);
    }

}
