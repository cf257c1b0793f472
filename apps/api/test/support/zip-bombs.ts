import { constants, deflateRawSync } from 'node:zlib';

/** One part of a zip: its deflated bytes, the size they really inflate to, and the size the zip declares (a bomb may lie). */
export interface ZipPart {
  name: string;
  deflated: Buffer;
  size: number;
  declaredSize?: number;
}

/** A small part, deflated. */
export function part(name: string, text: string): ZipPart {
  const raw = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(raw), size: raw.length };
}

/**
 * A part that inflates to `head` + `body` × `times` + `tail` while its deflated form stays small:
 * `body` is deflated once, ending byte-aligned on a non-final block (a sync flush), and that stream
 * is repeated — its back-references are relative, so each copy inflates to `body` again. Gigabytes
 * in a few megabytes, built in milliseconds.
 */
export function repeated(name: string, head: string, body: string, times: number, tail: string): ZipPart {
  const sync = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const bodyBytes = Buffer.from(body, 'utf8');
  const once = deflateRawSync(bodyBytes, sync);
  const deflated = Buffer.concat([deflateRawSync(Buffer.from(head, 'utf8'), sync), ...Array.from({ length: times }, () => once), deflateRawSync(Buffer.from(tail, 'utf8'))]);
  return { name, deflated, size: Buffer.byteLength(head) + bodyBytes.length * times + Buffer.byteLength(tail) };
}

/** A zip of the parts in this order (CRCs left 0: the app's reader does not read them). */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const declared = p.declaredSize ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, p.deflated);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0x21, 14);
    entry.writeUInt32LE(p.deflated.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MB = 1024 * 1024;

/** The workbook's small parts around a bomb: a sheet whose headings either import accepts. */
function workbookParts(): ZipPart[] {
  return [
    part('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    part('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    part('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="residents" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  ];
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';
// The registry's required columns and the income import's: the same bomb passes either's heading check.
const HEADINGS = ['nationalId', 'prefix', 'firstName', 'lastName', 'sex', 'birthDate', 'month', 'amount'];
const headingRow = `<row r="1">${HEADINGS.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;

/** 1 MiB of shared strings (Thai text, as a real sheet has). */
const SHARED_MB = (() => {
  const one = '<si><t>สมศรี ใจดี หมู่ 3</t></si>';
  return one.repeat(Math.ceil(MB / Buffer.byteLength(one)));
})();

/**
 * The review's first bomb: sharedStrings.xml unpacking to `gb` GB. `lie`: the zip declares it as
 * a plausible 900 KB, so only counting the bytes really inflated catches it.
 */
export function sharedStringsBomb(gb: number, lie: boolean): Buffer {
  const bomb = repeated('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', SHARED_MB, Math.round(gb * 1024), '</sst>');
  if (lie) bomb.declaredSize = 900 * 1024;
  return zipOf([...workbookParts(), part('xl/worksheets/sheet1.xml', SHEET_HEAD + headingRow + SHEET_TAIL), bomb]);
}

/**
 * The review's second bomb: sheet1.xml unpacking to `gb` GB, stored before sharedStrings.xml
 * (a reader that parks such a sheet in a temporary file until the strings come writes it all).
 */
export function sheetBomb(gb: number, lie: boolean): Buffer {
  const row = '<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c></row>';
  const body = row.repeat(Math.ceil(MB / row.length));
  const sheet = repeated('xl/worksheets/sheet1.xml', SHEET_HEAD + headingRow, body, Math.round(gb * 1024), SHEET_TAIL);
  if (lie) sheet.declaredSize = 900 * 1024;
  return zipOf([...workbookParts(), sheet, part('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')]);
}
