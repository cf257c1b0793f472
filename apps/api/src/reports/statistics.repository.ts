import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StatisticsGroup } from '@elderwork/contracts';
import { baht } from '../common/money';
import { LAO_TYPE_LABELS, type LaoType } from '@elderwork/contracts';
import { fullName } from '../org-units/org-unit-view';

export interface FigureRow {
  key: string;
  label: string;
  model: string;
  persons: number;
  income: number;
}

const GROUP_KEY: Record<StatisticsGroup, { key: string; label: string }> = {
  lao: { key: 'o.code', label: 'o.name' },
  laoType: { key: 'o.lao_type', label: 'o.lao_type' },
  province: { key: 'o.province_code', label: 'p.name' },
  nation: { key: `'TH'`, label: `'ประเทศไทย'` },
};

/** Cross-LAO statistics from approved figures only; row-level security limits them to the scope. */
@Injectable()
export class StatisticsRepository {
  async figures(manager: EntityManager, year: number, yearType: string, groupBy: StatisticsGroup): Promise<FigureRow[]> {
    const { key, label } = GROUP_KEY[groupBy];
    const rows: { key: string; label: string; model: string; persons: string; income: string; lao_type: string | null; type: string }[] = await manager.query(
      `SELECT ${key} AS key, min(${label}) AS label, f.model, sum(f.persons) AS persons, sum(f.income) AS income,
              min(o.lao_type) AS lao_type, min(o.type) AS type
       FROM approved_figure f
       JOIN org_unit o ON o.id = f.lao_id
       LEFT JOIN org_unit p ON p.type = 'province' AND p.code = o.province_code
       WHERE f.year = $1 AND f.year_type = $2
       GROUP BY 1, f.model
       ORDER BY 1`,
      [year, yearType],
    );
    return rows.map((r) => ({
      key: r.key,
      label: groupBy === 'laoType' ? LAO_TYPE_LABELS[r.key as LaoType]?.th ?? r.key : groupBy === 'lao' ? fullName({ type: 'lao', name: r.label, lao_type: r.lao_type as LaoType }) : r.label,
      model: r.model,
      persons: Number(r.persons),
      income: baht(r.income),
    }));
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
