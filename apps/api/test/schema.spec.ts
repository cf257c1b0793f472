import { ownerDataSource } from '../src/database/data-sources';
import { testOwnerUrl } from './support/test-env';

describe('schema', () => {
  it('the entities and the migrations agree (nothing for migration:generate to write)', async () => {
    const dataSource = ownerDataSource(testOwnerUrl());
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });

  it('org units come from DLA’s published list: 7,849 LAOs in 76 provinces, กรุงเทพมหานคร (no LAO), and the DLA', async () => {
    const dataSource = ownerDataSource(testOwnerUrl());
    await dataSource.initialize();
    try {
      const rows: { type: string; n: string }[] = await dataSource.query(`SELECT type, count(*) AS n FROM org_unit GROUP BY type ORDER BY type`);
      expect(rows).toEqual([{ type: 'dla', n: '1' }, { type: 'lao', n: '7849' }, { type: 'province', n: '77' }]);
      const [kk] = await dataSource.query(`SELECT name, lao_type, province_code FROM org_unit WHERE type = 'lao' AND code = '5210104'`);
      expect(kk).toEqual({ name: 'แกลง-กะเฉด', lao_type: 'subdistrict_municipality', province_code: '21' });
    } finally {
      await dataSource.destroy();
    }
  });
});
