import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { baht } from '../common/money';
import { LAO_TYPE_LABELS, type LaoType } from '@elderwork/contracts';
import { fullName } from '../org-units/org-unit-view';

export interface LaoFigureRow {
  code: string;
  laoName: string;
  laoType: LaoType;
  provinceCode: string;
  provinceName: string;
  model: string;
  persons: number;
  income: number;
}

/** Cross-LAO statistics from approved figures only; row-level security limits them to the scope. */
@Injectable()
export class StatisticsRepository {
  /** Every approved LAO's figures in the scope (the nation, for a release), with its labels. */
  async laoFigures(manager: EntityManager, year: number, yearType: string): Promise<LaoFigureRow[]> {
    const rows: { code: string; name: string; lao_type: LaoType; province_code: string; province: string; model: string; persons: number; income: string }[] = await manager.query(
      `SELECT o.code, o.name, o.lao_type, o.province_code, p.name AS province, f.model, f.persons, f.income
       FROM approved_figure f
       JOIN org_unit o ON o.id = f.lao_id
       LEFT JOIN org_unit p ON p.type = 'province' AND p.code = o.province_code
       WHERE f.year = $1 AND f.year_type = $2
       ORDER BY o.code, f.model`,
      [year, yearType],
    );
    return rows.map((r) => ({
      code: r.code, laoName: fullName({ type: 'lao', name: r.name, lao_type: r.lao_type }), laoType: r.lao_type, provinceCode: r.province_code, provinceName: r.province,
      model: r.model, persons: Number(r.persons), income: baht(r.income),
    }));
  }

  /** A fingerprint of the approved figures of a year: changes whenever an approval is made or withdrawn. */
  async figuresVersion(manager: EntityManager, year: number, yearType: string): Promise<string> {
    const [row] = await manager.query(
      `SELECT count(*) || ':' || coalesce(sum(hashtext(lao_id::text || model || persons || ':' || income)::bigint), 0) AS version
       FROM approved_figure WHERE year = $1 AND year_type = $2`,
      [year, yearType],
    );
    return String(row.version);
  }

  /** LAOs in scope, and those with an approved report for the year. */
  async coverage(manager: EntityManager, year: number, yearType: string, province: string | null): Promise<{ laosInScope: number; laosApproved: number }> {
    const [row] = await manager.query(
      `SELECT (SELECT count(*) FROM org_unit WHERE type = 'lao' AND ($3::text IS NULL OR province_code = $3)) AS in_scope,
              (SELECT count(DISTINCT lao_id) FROM approved_figure WHERE year = $1 AND year_type = $2) AS approved`,
      [year, yearType, province],
    );
    return { laosInScope: Number(row.in_scope), laosApproved: Number(row.approved) };
  }

  /** LAOs of the scope without an approved report (the DLA's follow-up list). */
  async missing(manager: EntityManager, year: number, yearType: string, province: string | null): Promise<{ code: string; name: string; province: string }[]> {
    const rows: { code: string; name: string; lao_type: LaoType; province: string }[] = await manager.query(
      `SELECT o.code, o.name, o.lao_type, p.name AS province FROM org_unit o
       LEFT JOIN org_unit p ON p.type = 'province' AND p.code = o.province_code
       WHERE o.type = 'lao' AND ($3::text IS NULL OR o.province_code = $3)
         AND NOT EXISTS (SELECT 1 FROM approved_figure f WHERE f.lao_id = o.id AND f.year = $1 AND f.year_type = $2)
       ORDER BY o.province_code, o.code`,
      [year, yearType, province],
    );
    return rows.map((r) => ({ code: r.code, name: fullName({ type: 'lao', name: r.name, lao_type: r.lao_type }), province: r.province }));
  }
}
