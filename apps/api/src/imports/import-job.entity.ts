import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ImportKind, ImportRejection, ImportState } from '@elderwork/contracts';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';

/** An import of a file into an LAO's records, and how far it has got. Written outside the import's own transaction. */
@Entity('import_job')
@Check('ck_import_job_state', `state IN ('running', 'writing', 'cancelling', 'done', 'failed', 'cancelled')`)
export class ImportJobEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: ImportKind;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 16, default: 'running' })
  state!: ImportState;

  @Column({ name: 'bytes_total', type: 'bigint', default: 0 })
  bytesTotal!: string;

  @Column({ name: 'bytes_done', type: 'bigint', default: 0 })
  bytesDone!: string;

  @Column({ name: 'rows_done', type: 'integer', default: 0 })
  rowsDone!: number;

  @Column({ name: 'rows_rejected', type: 'integer', default: 0 })
  rowsRejected!: number;

  @Column({ type: 'integer', default: 0 })
  inserted!: number;

  @Column({ type: 'integer', default: 0 })
  updated!: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  rejected!: ImportRejection[];

  @Column({ type: 'jsonb', nullable: true })
  error!: { code: string; message: string } | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Moves with every progress report: a running job not heard of for two minutes has died with its server. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
