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
 * One extraction artefact is undone: SARA AM is drawn as two glyphs (NIKHAHIT + SARA AA) and comes
 * back as "ำา" (U+0E33 U+0E32), e.g. "ตำาบล" for ตำบล. Thai never writes SARA AA after SARA AM, so the
 * pair is read as the one letter. Stacked marks (ผู้, ซ้ำ) still come back reordered: match words without them.
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
  return text.replace(/\u0E33\u0E32/g, '\u0E33');
}
