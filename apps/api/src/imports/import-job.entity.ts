import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ImportKind, ImportRejection, ImportState } from '@elderwork/contracts';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';

/** An import of a file into an LAO's records, and how far it has got. Written outside the import's own transaction. */
@Entity('import_job')
// The sweep for orphaned jobs (decision 0017) reads unfinished jobs only.
@Index('ix_import_job_unfinished', ['heartbeatAt'], { where: `state IN ('queued', 'running', 'writing', 'cancelling')` })
@Check('ck_import_job_state', `state IN ('queued', 'running', 'writing', 'cancelling', 'done', 'failed', 'cancelled')`)
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

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  state!: ImportState;

  /** The API process that runs (or queues) the job: a random id per start, with its host and pid (decision 0017). */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'owner_host', type: 'varchar', length: 255, nullable: true })
  ownerHost!: string | null;

  @Column({ name: 'owner_pid', type: 'integer', nullable: true })
  ownerPid!: number | null;

  /** Moved by the owner every few seconds while the job is unfinished; a stale one means the owner is gone. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  /** While queued: its place in its owner's queue (1 = next), written by the owner when the queue moves. */
  @Column({ name: 'queue_position', type: 'integer', nullable: true })
  queuePosition!: number | null;

  /** The upload's temporary file on the owner's host, removed when the job ends (or by whoever finds it orphaned). */
  @Column({ name: 'file_path', type: 'varchar', length: 1024, nullable: true })
  filePath!: string | null;

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

  /** Moves with every progress report. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
