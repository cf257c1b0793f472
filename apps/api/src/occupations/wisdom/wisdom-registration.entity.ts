import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { WisdomBranch } from '@elderwork/contracts';
import { OrgUnitEntity } from '../../org-units/org-unit.entity';
import { ResidentEntity } from '../../residents/resident.entity';

/** An elder's registration in the wisdom bank (คลังปัญญาผู้สูงอายุ), refreshed every 2 years. Tenant table. */
@Entity('wisdom_registration')
@Index('ix_wisdom_registration_resident', ['laoId', 'residentId'])
@Index('ix_wisdom_registration_branch', ['laoId', 'branch'])
@Check('ck_wisdom_registration_years', 'years_of_experience BETWEEN 0 AND 90')
export class WisdomRegistrationEntity {
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

  @Column({ type: 'varchar', length: 40 })
  branch!: WisdomBranch;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  @Column({ name: 'years_of_experience', type: 'smallint', nullable: true })
  yearsOfExperience!: number | null;

  @Column({ name: 'willing_to_teach', type: 'boolean', default: false })
  willingToTeach!: boolean;

  /** The registration or its latest renewal. */
  @Column({ name: 'registered_on', type: 'date' })
  registeredOn!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
