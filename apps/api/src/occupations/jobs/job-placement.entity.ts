import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';
import { ResidentEntity } from '../../residents/resident.entity';
import { UserEntity } from '../../users/user.entity';
import { JobEntity } from './job.entity';

/** An elder placed in a local job, from a date (to a date, inclusive, once known). Tenant table. */
@Entity('job_placement')
@Index('ix_job_placement_job', ['laoId', 'jobId'])
@Index('ix_job_placement_resident', ['laoId', 'residentId'])
@Check('ck_job_placement_dates', 'to_date IS NULL OR to_date >= from_date')
export class JobPlacementEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => JobEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'job_id', referencedColumnName: 'id' },
  ])
  job?: JobEntity;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId!: string;

  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'resident_id', referencedColumnName: 'id' },
  ])
  resident?: ResidentEntity;

  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  /** Inclusive; null while open-ended. */
  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
