import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';

/**
 * Persons and income per model of each approved report: the only rows provincial and DLA
 * statistics read. Aggregates, no person. Written on approval, removed on reopening.
 */
@Entity('approved_figure')
@Index('ix_approved_figure_year', ['year', 'yearType'])
export class ApprovedFigureEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ name: 'year_type', type: 'varchar', length: 8 })
  yearType!: 'fiscal' | 'calendar';

  /** section35, caregiver, occupation or total. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  model!: string;

  /** Denormalised so the statistics policy can scope a province without a join. */
  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ type: 'integer' })
  persons!: number;

  @Column({ type: 'numeric', precision: 16, scale: 2 })
  income!: string;
}
