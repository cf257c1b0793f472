import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { loadConfig } from '../src/config/app-config';
import { DomainError } from '../src/common/domain-errors';
import { MAX_ENTRIES, XlsxZip, type ZipLimits } from '../src/imports/xlsx-zip';
import { part, sharedStringsBomb, sheetBomb, zipOf } from './support/zip-bombs';

/** The reader under the defaults a deployment gets with no IMPORT_XLSX_* set (the HTTP tests use them too). */
const DEFAULTS: ZipLimits = (() => {
  const { xlsxMaxUnpackedBytes, xlsxMaxRatio } = loadConfig({}).imports;
  return { maxUnpackedBytes: xlsxMaxUnpackedBytes, maxRatio: xlsxMaxRatio };
})();

const dir = mkdtempSync(join(tmpdir(), 'elderwork-zip-'));
let n = 0;
function onDisk(content: Buffer): string {
  const path = join(dir, `f${(n += 1)}.xlsx`);
  writeFileSync(path, content);
  return path;
}

async function text(stream: Readable): Promise<{ text: string; error: unknown }> {
  let all = '';
  try {
    for await (const chunk of stream) all += String(chunk);
    return { text: all, error: null };
  } catch (error) {
    return { text: all, error };
  }
}

async function refusal(work: () => Promise<unknown>): Promise<DomainError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('XlsxZip: an XLSX read under caps (decision 0017)', () => {
  it('defaults: 200 MB unpacked, ratio 100', () => {
    expect(DEFAULTS).toEqual({ maxUnpackedBytes: 200 * 1024 * 1024, maxRatio: 100 });
    expect(loadConfig({ IMPORT_XLSX_MAX_UNPACKED_MB: '50', IMPORT_XLSX_MAX_RATIO: '40' }).imports).toMatchObject({ xlsxMaxUnpackedBytes: 50 * 1024 * 1024, xlsxMaxRatio: 40 });
    expect(() => loadConfig({ IMPORT_XLSX_MAX_RATIO: '1' })).toThrow('IMPORT_XLSX_MAX_RATIO');
  });

  it('reads a workbook ExcelJS wrote, Thai text whole across inflated chunks', async () => {
    const workbook = new ExcelJS.Workbook();
    const long = 'ผู้สูงอายุ'.repeat(5000);
    workbook.addWorksheet('a').addRow([long]);
    const zip = await XlsxZip.open(onDisk(Buffer.from(await workbook.xlsx.writeBuffer())), DEFAULTS);
    try {
      expect([...zip.entries.keys()]).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']));
      const shared = await text(await zip.stream('xl/sharedStrings.xml'));
      expect(shared.error).toBeNull();
      expect(shared.text).toContain(long);
    } finally {
      await zip.close();
    }
  });

  it('refuses from the central directory a part declared larger than the unpacked cap: 413', async () => {
    const error = await refusal(() => XlsxZip.open(onDisk(sharedStringsBomb(0.25, false)), DEFAULTS));
    expect([error.status, error.code]).toEqual([413, 'IMPORT_TOO_LARGE']);
    expect(error.message).toContain('200 MB');
  });

  it('refuses from the central directory a part declared over the ratio (under the cap): 400', async () => {
    const error = await refusal(() => XlsxZip.open(onDisk(sheetBomb(0.15, false)), DEFAULTS));
    expect([error.status, error.code]).toEqual([400, 'BAD_FILE']);
    expect(error.message).toContain('100 เท่า');
  });

  it('a part that inflates past what it declares is stopped there, while streaming', async () => {
    const zip = await XlsxZip.open(onDisk(sharedStringsBomb(3, true)), DEFAULTS);
    try {
      const read = await text(await zip.stream('xl/sharedStrings.xml'));
      expect(read.error).toBeInstanceOf(DomainError);
      expect((read.error as DomainError).code).toBe('BAD_FILE');
      // Declared 900 KB: no more than that (and a chunk) was ever inflated.
      expect(Buffer.byteLength(read.text)).toBeLessThanOrEqual(900 * 1024);
    } finally {
      await zip.close();
    }
  });

  it('counts declared sizes of all parts together against the cap', async () => {
    const three = (name: string) => part(name, 'x'.repeat(3 * 1024 * 1024 - 1) + 'y');
    const limits = { maxUnpackedBytes: 5 * 1024 * 1024, maxRatio: 10_000 };
    expect((await refusal(() => XlsxZip.open(onDisk(zipOf([three('a.xml'), three('b.xml')])), limits))).code).toBe('IMPORT_TOO_LARGE');
    const one = await XlsxZip.open(onDisk(zipOf([three('a.xml')])), limits);
    try {
      expect((await text(await one.stream('a.xml'))).text).toHaveLength(3 * 1024 * 1024);
    } finally {
      await one.close();
    }
  });

  it(`refuses a directory of more than ${MAX_ENTRIES} parts, and a file that is no zip`, async () => {
    const empty = part('p', '');
    const many = zipOf(Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({ ...empty, name: `p${i}` })));
    expect((await refusal(() => XlsxZip.open(onDisk(many), DEFAULTS))).code).toBe('BAD_FILE');
    expect((await refusal(() => XlsxZip.open(onDisk(Buffer.from('PK\u0003\u0004 not really')), DEFAULTS))).code).toBe('BAD_FILE');
  });
});
