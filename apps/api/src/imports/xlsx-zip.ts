import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { ERROR_CODES, importMessage } from '@elderwork/contracts';
import { DomainError } from '../common/domain-errors';
import { badFile } from './import-parser';

/** What an XLSX (a zip) may unpack to; decision 0017. */
export interface ZipLimits {
  /** All entries read, together, and every entry's declared size. */
  maxUnpackedBytes: number;
  /** Unpacked bytes per compressed byte of one entry, checked once an entry is past GRACE_BYTES. */
  maxRatio: number;
}

/** Small parts (the workbook's lists, an empty sheet) compress far beyond any ratio and cost nothing. */
export const GRACE_BYTES = 1024 * 1024;
/** A workbook has a few dozen parts; a directory of millions is an attack on the reader itself. */
export const MAX_ENTRIES = 10_000;

const MB = 1024 * 1024;
export const unpackedTooLarge = (limits: ZipLimits): DomainError =>
  new DomainError(413, ERROR_CODES.importTooLarge, importMessage('xlsxUnpackedTooLarge', { max: Math.floor(limits.maxUnpackedBytes / MB) }));
export const ratioTooHigh = (limits: ZipLimits): DomainError => badFile(importMessage('xlsxRatio', { max: limits.maxRatio }));
const corrupt = (): DomainError => badFile('ไฟล์ Excel เสียหายหรือไม่ใช่ไฟล์ .xlsx กรุณาบันทึกเป็น .xlsx แล้วลองใหม่');

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the central directory declares it; the reader does not trust it. */
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * A zip read through its central directory, each entry inflated on demand through a counter.
 * Declared sizes are checked first (a cheap refusal of an honest bomb), and the bytes really
 * inflated are counted as they stream (declared sizes can lie): an entry that inflates past the
 * ratio, or entries that together pass the unpacked cap, fail the read at once, with nothing
 * written to disk and memory flat.
 */
export class XlsxZip {
  private unpacked = 0;
  private readonly streams = new Set<Readable>();

  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly limits: ZipLimits,
  ) {}

  static async open(path: string, limits: ZipLimits): Promise<XlsxZip> {
    const handle = await open(path, 'r');
    try {
      const entries = await readDirectory(handle, limits);
      return new XlsxZip(path, handle, entries, limits);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** The entry's content, inflated and counted; an error of a limit ends the stream with that error. */
  async stream(name: string, onRead?: (compressedBytes: number) => void): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw corrupt();
    const header = Buffer.alloc(30);
    await this.handle.read(header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== LOCAL) throw corrupt();
    const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const raw = entry.compressedSize > 0 ? createReadStream(this.path, { start, end: start + entry.compressedSize - 1 }) : emptyStream();
    const inflate = entry.method === 8 ? createInflateRaw() : new PassThrough();
    const counted = this.counter(entry);
    this.streams.add(raw).add(inflate).add(counted);
    if (onRead) raw.on('data', (chunk: Buffer) => onRead(chunk.length));
    pipeline(raw, inflate, counted, (error) => {
      // zlib's own errors (a broken stream) are the file's fault too.
      if (error && !(error instanceof DomainError) && !counted.destroyed) counted.destroy(corrupt());
    });
    counted.setEncoding('utf8'); // whole characters across chunks (Thai is 3 bytes in UTF-8)
    return counted;
  }

  private counter(entry: ZipEntry): Transform {
    let bytes = 0;
    const allowed = Math.max(GRACE_BYTES, entry.compressedSize * this.limits.maxRatio);
    return new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        bytes += chunk.length;
        this.unpacked += chunk.length;
        if (this.unpacked > this.limits.maxUnpackedBytes) return done(unpackedTooLarge(this.limits));
        if (bytes > allowed) return done(ratioTooHigh(this.limits));
        if (bytes > entry.declaredSize) return done(corrupt());
        done(null, chunk);
      },
    });
  }

  /** Stops every stream still open and closes the file. */
  async close(): Promise<void> {
    for (const stream of this.streams) stream.destroy();
    this.streams.clear();
    await this.handle.close();
  }
}

function emptyStream(): PassThrough {
  const empty = new PassThrough();
  empty.end();
  return empty;
}

async function readDirectory(handle: FileHandle, limits: ZipLimits): Promise<Map<string, ZipEntry>> {
  const { size } = await handle.stat();
  // The end record is in the last 22 bytes plus a comment of at most 65,535.
  const tailSize = Math.min(size, 22 + 0xffff);
  const tail = Buffer.alloc(tailSize);
  await handle.read(tail, 0, tailSize, size - tailSize);
  let at = -1;
  for (let i = tailSize - 22; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw corrupt();
  const count = tail.readUInt16LE(at + 10);
  const directorySize = tail.readUInt32LE(at + 12);
  const directoryOffset = tail.readUInt32LE(at + 16);
  // Zip64 (parts over 4 GB, or 65,535 parts): far beyond any workbook this app reads.
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) throw unpackedTooLarge(limits);
  if (count > MAX_ENTRIES) throw badFile(importMessage('xlsxEntries', { max: MAX_ENTRIES }));
  if (directoryOffset + directorySize > size) throw corrupt();
  // A directory entry is 46 bytes and a name; a directory far larger than its entries need is no workbook's.
  if (directorySize > MAX_ENTRIES * 1024) throw badFile(importMessage('xlsxEntries', { max: MAX_ENTRIES }));
  const directory = Buffer.alloc(directorySize);
  await handle.read(directory, 0, directorySize, directoryOffset);

  const entries = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  let p = 0;
  for (let n = 0; n < count; n += 1) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) throw corrupt();
    const entry: ZipEntry = {
      method: directory.readUInt16LE(p + 10),
      compressedSize: directory.readUInt32LE(p + 20),
      declaredSize: directory.readUInt32LE(p + 24),
      localHeaderOffset: directory.readUInt32LE(p + 42),
      name: directory.toString('utf8', p + 46, p + 46 + directory.readUInt16LE(p + 28)),
    };
    if (directory.readUInt16LE(p + 8) & 0x1) throw badFile('ไฟล์ Excel ที่ตั้งรหัสผ่านไว้ ระบบอ่านไม่ได้ กรุณาเอารหัสผ่านออกก่อน');
    if (entry.method !== 0 && entry.method !== 8) throw corrupt();
    declaredTotal += entry.declaredSize;
    if (entry.declaredSize === 0xffffffff || declaredTotal > limits.maxUnpackedBytes) throw unpackedTooLarge(limits);
    if (entry.declaredSize > GRACE_BYTES && entry.declaredSize > entry.compressedSize * limits.maxRatio) throw ratioTooHigh(limits);
    entries.set(entry.name, entry);
    p += 46 + directory.readUInt16LE(p + 28) + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
  }
  return entries;
}
