import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { SCREENSHOTS, WORKSPACE } from './server';

/** Downloaded files are kept beside the screenshots, to be opened by hand after a run. */
export const DOWNLOADS = join(SCREENSHOTS, 'downloads');

/** Save a download under the name the browser was given (the API's Content-Disposition) and return its path. */
export async function saveDownload(download: Download): Promise<string> {
  mkdirSync(DOWNLOADS, { recursive: true });
  const path = join(DOWNLOADS, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/**
 * The text of a PDF file, read with pdf-parse (pdf.js) in a child Node process, as in
 * apps/api/test/support/pdf-text.ts: pdf.js loads its worker with a dynamic import, which Jest's VM
 * does not allow.
 *
 * SARA AM is drawn as two glyphs (NIKHAHIT + SARA AA), and the report writes it as those two
 * characters (its compatibility form, "ตําบล"), so each glyph maps back to itself; they are read as
 * the one letter here, as a PDF viewer's search does. Stacked marks (ผู้, ซ้ำ) still come back
 * reordered: match words without them.
 */
export function pdfText(path: string): string {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const result = await new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) }).getText();
      process.stdout.write(result.text);
    });`;
  const text = execFileSync(process.execPath, ['-e', script], { input: readFileSync(path), cwd: WORKSPACE, maxBuffer: 16 * 1024 * 1024 }).toString('utf8');
  return text.replace(/\u0E4D\u0E32/g, '\u0E33');
}

/**
 * Renders a PDF's first page to a PNG beside the screenshots (pdf.js with @napi-rs/canvas, as
 * pdf-parse ships them), in a child Node process for the same reason as pdfText. Returns its path.
 */
export function pdfFirstPagePng(path: string, name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const out = join(SCREENSHOTS, `${name}.png`);
  const script = `
    const { PDFParse } = require('pdf-parse');
    const { writeFileSync } = require('node:fs');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const shot = await new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) }).getScreenshot({ partial: [1], scale: 1.5, imageBuffer: true, imageDataUrl: false });
      writeFileSync(process.argv[1], Buffer.from(shot.pages[0].data));
    });`;
  execFileSync(process.execPath, ['-e', script, out], { input: readFileSync(path), cwd: WORKSPACE, maxBuffer: 16 * 1024 * 1024 });
  return out;
}
