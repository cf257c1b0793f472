import { Injectable } from '@nestjs/common';
import type { CreateProductDto, ElderRef, ProductCategory, ProductQueryDto, ProductView, UpdateProductDto } from '@elderwork/contracts';
import { baht } from '../../common/money';
import type { TenantTx } from '../../database/tenant-db';
import { ELDER_NAME_SQL } from '../elders.repository';
import { likeLiteral } from '../../common/like';

interface ProductRow {
  id: string;
  name: string;
  category: ProductCategory;
  unit: string | null;
  price: string | null;
  description: string | null;
  course_id: string | null;
  course_title: string | null;
  makers: ElderRef[];
  version: number;
  created_at: Date;
}

const SELECT = `
  SELECT p.id, p.name, p.category, p.unit, p.price, p.description, p.course_id, c.title AS course_title, p.version, p.created_at,
         coalesce((SELECT json_agg(json_build_object('id', r.id, 'name', ${ELDER_NAME_SQL('r')}) ORDER BY r.first_name, r.last_name, r.id)
                   FROM product_maker m JOIN resident r ON r.lao_id = m.lao_id AND r.id = m.resident_id
                   WHERE m.lao_id = p.lao_id AND m.product_id = p.id), '[]') AS makers
  FROM product p LEFT JOIN course c ON c.lao_id = p.lao_id AND c.id = p.course_id`;

const toView = (r: ProductRow): ProductView => ({
  id: r.id,
  name: r.name,
  category: r.category,
  unit: r.unit,
  price: r.price === null ? null : baht(r.price),
  description: r.description,
  course: r.course_id ? { id: r.course_id, title: r.course_title ?? '' } : null,
  makers: r.makers,
  version: r.version,
  createdAt: r.created_at.toISOString(),
});

const COLUMNS = [
  ['name', 'name'], ['category', 'category'], ['unit', 'unit'], ['price', 'price'], ['description', 'description'], ['course_id', 'courseId'],
] as const satisfies readonly (readonly [string, keyof UpdateProductDto])[];

/** Products elders make, and who makes them. */
@Injectable()
export class ProductsRepository {
  async list(tx: TenantTx, query: ProductQueryDto): Promise<ProductView[]> {
    const rows = await tx.query<ProductRow>(
      `${SELECT}
       WHERE ($1::text IS NULL OR p.category = $1) AND ($2::text IS NULL OR p.name ILIKE '%' || $2 || '%')
         AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM product_maker m WHERE m.product_id = p.id AND m.resident_id = $3::uuid))
       ORDER BY p.name, p.id`,
      [query.category ?? null, likeLiteral(query.q), query.makerId ?? null],
    );
    return rows.map(toView);
  }

  async find(tx: TenantTx, id: string, lock = false): Promise<ProductView | null> {
    const [row] = await tx.query<ProductRow>(`${SELECT} WHERE p.id = $1${lock ? ' FOR UPDATE OF p' : ''}`, [id]);
    return row ? toView(row) : null;
  }

  /** Products of the LAO among `ids`. */
  async existing(tx: TenantTx, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await tx.query<{ id: string }>(`SELECT id FROM product WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** Product ids by exact name (the import's key). */
  async byName(tx: TenantTx, names: readonly string[]): Promise<Map<string, string>> {
    if (names.length === 0) return new Map();
    const rows = await tx.query<{ id: string; name: string }>(`SELECT id, name FROM product WHERE name = ANY($1::text[])`, [names]);
    return new Map(rows.map((r) => [r.name, r.id]));
  }

  async idByName(tx: TenantTx, name: string, exceptId?: string): Promise<string | null> {
    const [row] = await tx.query<{ id: string }>(`SELECT id FROM product WHERE name = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`, [name, exceptId ?? null]);
    return row?.id ?? null;
  }

  /** Returns the new id, or null when the name is taken. */
  async insert(tx: TenantTx, dto: CreateProductDto): Promise<string | null> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO product (lao_id, name, category, unit, price, description, course_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (lao_id, name) DO NOTHING RETURNING id`,
      [tx.laoId, dto.name, dto.category, dto.unit ?? null, dto.price ?? null, dto.description ?? null, dto.courseId ?? null],
    );
    return row?.id ?? null;
  }

  async update(tx: TenantTx, id: string, change: Omit<UpdateProductDto, 'version' | 'makerIds'>): Promise<void> {
    const sets = COLUMNS.filter(([, field]) => change[field] !== undefined);
    await tx.query(
      `UPDATE product SET ${sets.map(([column], i) => `${column} = $${i + 2}, `).join('')}version = version + 1, updated_at = now() WHERE id = $1`,
      [id, ...sets.map(([, field]) => change[field])],
    );
  }

  async setMakers(tx: TenantTx, productId: string, residentIds: readonly string[]): Promise<void> {
    await tx.query(`DELETE FROM product_maker WHERE product_id = $1 AND NOT (resident_id = ANY($2::uuid[]))`, [productId, residentIds]);
    await tx.query(
      `INSERT INTO product_maker (lao_id, product_id, resident_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT (lao_id, product_id, resident_id) DO NOTHING`,
      [tx.laoId, productId, residentIds],
    );
  }
}
