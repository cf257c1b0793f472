import { Injectable } from '@nestjs/common';
import type { CreateEmployerDto, EmployerView, UpdateEmployerDto } from '@elderwork/contracts';
import type { TenantTx } from '../database/tenant-db';
import { EmployerEntity } from './employer.entity';

const COLUMNS = `
  e.id, e.name, e.registration_number AS "registrationNumber", e.province_code AS "provinceCode", p.name AS "provinceName",
  e.address, e.contact_person AS "contactPerson", e.phone, e.created_at AS "createdAt"`;
const FROM = `FROM employer e LEFT JOIN org_unit p ON p.type = 'province' AND p.code = e.province_code`;

type EmployerRow = Omit<EmployerView, 'createdAt'> & { createdAt: Date };
const toView = (row: EmployerRow): EmployerView => ({ ...row, createdAt: row.createdAt.toISOString() });

@Injectable()
export class EmployersRepository {
  async list(tx: TenantTx): Promise<EmployerView[]> {
    return (await tx.query<EmployerRow>(`SELECT ${COLUMNS} ${FROM} ORDER BY e.name, e.id`)).map(toView);
  }

  async find(tx: TenantTx, id: string): Promise<EmployerView | null> {
    const [row] = await tx.query<EmployerRow>(`SELECT ${COLUMNS} ${FROM} WHERE e.id = $1`, [id]);
    return row ? toView(row) : null;
  }

  async findByRegistrationNumber(tx: TenantTx, registrationNumber: string, exceptId?: string): Promise<EmployerView | null> {
    const [row] = await tx.query<EmployerRow>(
      `SELECT ${COLUMNS} ${FROM} WHERE e.registration_number = $1 AND ($2::uuid IS NULL OR e.id <> $2::uuid)`,
      [registrationNumber, exceptId ?? null],
    );
    return row ? toView(row) : null;
  }

  /** Returns the new id, or null when the registration number is already there. */
  async insert(tx: TenantTx, dto: CreateEmployerDto): Promise<string | null> {
    const result = await tx.manager.createQueryBuilder().insert().into(EmployerEntity).values({ ...dto, laoId: tx.laoId }).orIgnore().returning('id').execute();
    return (result.raw[0] as { id: string } | undefined)?.id ?? null;
  }

  async update(tx: TenantTx, id: string, change: UpdateEmployerDto): Promise<void> {
    await tx.manager.createQueryBuilder().update(EmployerEntity).set(change).where('id = :id', { id }).execute();
  }
}
