import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** Reference table kept by DLA officers: the Section 35 daily rate of each BE calendar year. */
@Entity('section35_rate')
@Check('ck_section35_rate', 'daily_rate > 0 AND year BETWEEN 2500 AND 2700')
export class Section35RateEntity {
  /** BE calendar year. */
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'daily_rate', type: 'numeric', precision: 10, scale: 2 })
  dailyRate!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by' })
  updater?: UserEntity;
}
