import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';

/**
 * A counter per LAO, moved by every transaction that wrote the LAO's data (TenantDb.run), in
 * that transaction. What is computed from an LAO's data (the live yearly report) can be kept
 * while the counter stands still.
 */
@Entity('lao_data_version')
export class LaoDataVersionEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ type: 'bigint', default: 1 })
  version!: string;
}
