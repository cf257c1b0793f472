import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';

/**
 * An account's authenticator (RFC 6238 TOTP). The secret is encrypted (AES-256-GCM) and lives in
 * its own table, so no query of app_user ever returns it (decision 0024).
 */
@Entity('user_totp')
export class UserTotpEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'secret_enc', type: 'varchar', length: 200 })
  secretEnc!: string;

  /** NULL while enrolment waits for the first code. */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** The time step of the last accepted code: a code is never accepted twice. */
  @Column({ name: 'last_step', type: 'bigint', nullable: true })
  lastStep!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
