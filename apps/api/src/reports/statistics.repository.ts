import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LAO_TYPE_LABELS, type LaoType, type StatisticsCell } from '@elderwork/contracts';
import { fullName } from '../org-units/org-unit-view';
import { RELEASE_COLUMNS, type LaoFigures, type RawCell, type ReleaseColumn, type ReleaseGroup, type ReleaseLevel } from './statistics-release';

/** Cross-LAO statistics from approved figures only; row-level security limits them to the scope. */
@Injectable()
export class StatisticsRepository {
  /**
   * Which approved figures a release is built from: a digest of every approved_figure row of the
   * year in the scope (run in the 'nation' scope), so any approval, reopening or change shows.
   */
  async versionKey(manager: EntityManager, year: number, yearType: string): Promise<string> {
    const [row]: { key: string | null }[] = await manager.query(
      `SELECT md5(string_agg(lao_id::text || ':' || model || ':' || persons || ':' || income::text, ',' ORDER BY lao_id, model)) AS key
       FROM approved_figure WHERE year = $1 AND year_type = $2`,
      [year, yearType],
    );
    return row?.key ?? 'empty';
  }

  /** The version key of the stored release, or null when none is stored. */
  async releaseKey(manager: EntityManager, year: number, yearType: string, lock = false): Promise<string | null> {
    if (lock) await manager.query(`SELECT pg_advisory_xact_lock(hashtext('statistics_release'), $1 * 2 + CASE WHEN $2 = 'fiscal' THEN 0 ELSE 1 END)`, [year, yearType]);
    const [row]: { version_key: string }[] = await manager.query(`SELECT version_key FROM statistics_release WHERE year = $1 AND year_type = $2`, [year, yearType]);
    return row?.version_key ?? null;
  }

  /** Every approved LAO's figures of the year (in the scope; the release is built in the 'nation' scope). */
  async laoFigures(manager: EntityManager, year: number, yearType: string): Promise<LaoFigures[]> {
    const rows: { code: string; name: string; lao_type: LaoType; province_code: string; province: string; model: string; persons: number; satang: string }[] = await manager.query(
      `SELECT o.code, o.name, o.lao_type, o.province_code, p.name AS province, f.model, f.persons, round(f.income * 100)::bigint::text AS satang
       FROM approved_figure f
       JOIN org_unit o ON o.id = f.lao_id
       LEFT JOIN org_unit p ON p.type = 'province' AND p.code = o.province_code
       WHERE f.year = $1 AND f.year_type = $2
       ORDER BY o.code`,
      [year, yearType],
    );
    const laos = new Map<string, LaoFigures>();
    for (const r of rows) {
      let lao = laos.get(r.code);
      if (!lao) {
        const zero = (): RawCell => ({ persons: 0, satang: 0 });
        lao = {
          code: r.code,
          label: fullName({ type: 'lao', name: r.name, lao_type: r.lao_type }),
          provinceCode: r.province_code,
          provinceLabel: r.province,
          laoType: r.lao_type,
          laoTypeLabel: LAO_TYPE_LABELS[r.lao_type]?.th ?? r.lao_type,
          cells: Object.fromEntries(RELEASE_COLUMNS.map((c) => [c, zero()])) as Record<ReleaseColumn, RawCell>,
        };
        laos.set(r.code, lao);
      }
      if ((RELEASE_COLUMNS as readonly string[]).includes(r.model)) lao.cells[r.model as ReleaseColumn] = { persons: Number(r.persons), satang: Number(r.satang) };
    }
    return [...laos.values()];
  }

  /** Replaces the stored release of the year (in the 'nation' scope). */
  async saveRelease(manager: EntityManager, year: number, yearType: string, versionKey: string, groups: ReleaseGroup[]): Promise<void> {
    const cells = groups.flatMap((g) => Object.values(g.cells));
    await manager.query(`DELETE FROM statistics_release WHERE year = $1 AND year_type = $2`, [year, yearType]);
    await manager.query(`INSERT INTO statistics_release (year, year_type, version_key, cells, suppressed) VALUES ($1, $2, $3, $4, $5)`, [
      year,
      yearType,
      versionKey,
      cells.length,
      cells.filter((c) => c.suppressed).length,
    ]);
    await manager.query(
      `INSERT INTO statistics_release_group (year, year_type, level, key, label, province_code, cells)
       SELECT $1, $2, g.level, g.key, g.label, g."provinceCode", g.cells FROM jsonb_to_recordset($3::jsonb) AS g(level text, key text, label text, "provinceCode" text, cells jsonb)`,
      [year, yearType, JSON.stringify(groups)],
    );
  }

  /** The stored release's groups of one level that the scope may read, by key. */
  async releaseGroups(manager: EntityManager, year: number, yearType: string, level: ReleaseLevel): Promise<ReleaseGroup[]> {
    const rows: { level: ReleaseLevel; key: string; label: string; province_code: string | null; cells: Record<ReleaseColumn, StatisticsCell> }[] = await manager.query(
      `SELECT level, key, label, province_code, cells FROM statistics_release_group WHERE year = $1 AND year_type = $2 AND level = $3 ORDER BY key`,
      [year, yearType, level],
    );
    return rows.map((r) => ({ level: r.level, key: r.key, label: r.label, provinceCode: r.province_code, cells: r.cells }));
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
