import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DisabilityType, LegalBasis, RemovalReason, Sex } from '@elderwork/contracts';
import { OrgUnitEntity } from '../org-units/org-unit.entity';

/** An elder in the LAO's registry (ทะเบียนผู้สูงอายุ). Tenant table: lao_id leads the key. */
@Entity('resident')
@Index('uq_resident_national_id', ['laoId', 'nationalId'], { unique: true, where: 'removed_at IS NULL' })
// The registry list's order: a page is read from the index instead of sorting the whole LAO.
@Index('ix_resident_list', ['laoId', 'firstName', 'lastName', 'id'], { where: 'removed_at IS NULL' })
export class ResidentEntity {
  @PrimaryColumn({ name: 'lao_id', type: 'uuid' })
  laoId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_id' })
  lao?: OrgUnitEntity;

  @Column({ name: 'national_id', type: 'varchar', length: 13 })
  nationalId!: string;

  @Column({ type: 'varchar', length: 30 })
  prefix!: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 6 })
  sex!: Sex;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'house_no', type: 'varchar', length: 20, nullable: true })
  houseNo!: string | null;

  @Column({ type: 'smallint', nullable: true })
  moo!: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  village!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ name: 'disability_type', type: 'varchar', length: 16, nullable: true })
  disabilityType!: DisabilityType | null;

  @Column({ name: 'disability_card_issued_on', type: 'date', nullable: true })
  disabilityCardIssuedOn!: string | null;

  @Column({ name: 'living_alone', type: 'boolean', default: false })
  livingAlone!: boolean;

  @Column({ name: 'cares_for_disabled_person', type: 'boolean', default: false })
  caresForDisabledPerson!: boolean;

  @Column({ name: 'legal_basis', type: 'varchar', length: 32 })
  legalBasis!: LegalBasis;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  /**
   * The import that created the record, if one did: its audit trail is the import_job row (who,
   * when, which file). No foreign key: import jobs are never deleted, and a per-row check would
   * cost a bulk import about a fifth of its time (docs/decisions/0014).
   */
  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId!: string | null;

  @Column({ name: 'removal_reason', type: 'varchar', length: 16, nullable: true })
  removalReason!: RemovalReason | null;

  @Column({ name: 'removal_note', type: 'varchar', length: 500, nullable: true })
  removalNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
