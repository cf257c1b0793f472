import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IncomeSource, SalesChannel } from '@elderwork/contracts';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';
import { ResidentEntity } from '../../residents/resident.entity';
import { UserEntity } from '../../users/user.entity';
import { JobPlacementEntity } from '../jobs/job-placement.entity';
import { ProductEntity } from '../products/product.entity';

/**
 * One line of an elder's income in a month: one source × product × channel (× job placement).
 * The line is unique (an index with NULLS NOT DISTINCT, in the rules migration). Tenant table.
 */
@Entity('income_record')
@Index('uq_income_record_line', ['laoId', 'residentId', 'month', 'source', 'productId', 'channel', 'jobPlacementId'], { unique: true })
@Index('ix_income_record_month', ['laoId', 'month'])
@Index('ix_income_record_product', ['laoId', 'productId'])
@Index('ix_income_record_job_placement', ['laoId', 'jobPlacementId'])
@Check('ck_income_record_amount', 'amount > 0')
@Check('ck_income_record_month', 'extract(day FROM month) = 1')
@Check('ck_income_record_product', "product_id IS NULL OR source = 'product'")
@Check('ck_income_record_job_placement', "job_placement_id IS NULL OR source = 'service'")
export class IncomeRecordEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId!: string;

  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'resident_id', referencedColumnName: 'id' },
  ])
  resident?: ResidentEntity;

  /** The first day of the month. */
  @Column({ type: 'date' })
  month!: string;

  /** Baht, exact. */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amount!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: IncomeSource;

  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId!: string | null;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'product_id', referencedColumnName: 'id' },
  ])
  product?: ProductEntity;

  @Column({ type: 'varchar', length: 16 })
  channel!: SalesChannel;

  /** The job placement this (service) income followed. */
  @Column({ name: 'job_placement_id', type: 'uuid', nullable: true })
  jobPlacementId!: string | null;

  @ManyToOne(() => JobPlacementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'lao_id', referencedColumnName: 'laoId' },
    { name: 'job_placement_id', referencedColumnName: 'id' },
  ])
  jobPlacement?: JobPlacementEntity;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
