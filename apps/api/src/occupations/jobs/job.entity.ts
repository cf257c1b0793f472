import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { JobField, PhysicalDemand } from '@elderwork/contracts';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';

/** A local job opportunity for elders. Tenant table. */
@Entity('job')
@Check('ck_job_times', 'end_time > start_time')
@Check('ck_job_slots', 'slots BETWEEN 1 AND 999')
@Check('ck_job_weekdays', 'cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]')
export class JobEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 24 })
  field!: JobField;

  /** The offering organisation. */
  @Column({ type: 'varchar', length: 200 })
  organisation!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  place!: string | null;

  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint', array: true })
  weekdays!: number[];

  @Column({ name: 'start_time', type: 'time' })
  startTime!: string;

  @Column({ name: 'end_time', type: 'time' })
  endTime!: string;

  @Column({ name: 'physical_demand', type: 'varchar', length: 16 })
  physicalDemand!: PhysicalDemand;

  @Column({ type: 'smallint' })
  slots!: number;

  /** Several elders may share it (mosaic work). */
  @Column({ type: 'boolean', default: false })
  shareable!: boolean;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  @Column({ type: 'boolean', default: true })
  open!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
