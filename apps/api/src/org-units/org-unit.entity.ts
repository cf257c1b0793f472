import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LaoType, OrgUnitType } from '@elderwork/contracts';

/** Reference table (replicated to every node on Citus): the DLA, provinces and the 7,849 LAOs. */
@Entity('org_unit')
@Index('uq_org_unit_type_code', ['type', 'code'], { unique: true })
@Index('ix_org_unit_province', ['provinceCode'])
export class OrgUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: OrgUnitType;

  /** DLA code (7 digits) for an LAO, DOPA code (2 digits) for a province, 'DLA' for the department. */
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  /** The name as published (for LAOs without the type prefix). */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'lao_type', type: 'varchar', length: 32, nullable: true })
  laoType!: LaoType | null;

  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  district!: string | null;
}
