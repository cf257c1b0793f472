import { execFileSync } from 'node:child_process';

/** A run of text on a page: its string, page number, left x, baseline y (from the top) and box. */
export interface TextRun {
  page: number;
  pages: number;
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The text runs of a PDF with their positions, read with pdf-parse's bundled pdf.js
 * (getTextContent) in a child Node process (pdf.js loads its worker with a dynamic import, which
 * Jest's VM does not allow).
 */
export function pdfRuns(pdf: Buffer): TextRun[] {
  const reader = `
    (async () => {
      const { PDFParse } = require('pdf-parse');
      const chunks = [];
      process.stdin.on('data', (c) => chunks.push(c));
      process.stdin.on('end', async () => {
        const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
        const doc = await parser.load(); // pdf-parse's pdf.js document (private in its types, public in JS)
        const runs = [];
        for (let p = 1; p <= doc.numPages; p++) {
          const page = await doc.getPage(p);
          const height = page.view[3];
          const content = await page.getTextContent();
          for (const item of content.items) {
            if (!item.str || !item.str.trim()) continue;
            runs.push({ page: p, pages: doc.numPages, str: item.str, x: item.transform[4], y: height - item.transform[5], width: item.width, height: item.height });
          }
        }
        process.stdout.write(JSON.stringify(runs));
      });
    })();`;
  return JSON.parse(execFileSync(process.execPath, ['-e', reader], { input: pdf, cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 }).toString('utf8')) as TextRun[];
}

/** Pairs of runs on the same row (baselines within half a line) whose boxes overlap horizontally. */
export function overlaps(runs: TextRun[]): [TextRun, TextRun][] {
  const found: [TextRun, TextRun][] = [];
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const a = runs[i]!;
      const b = runs[j]!;
      if (a.page !== b.page) continue;
      const line = Math.min(a.height, b.height) || 10;
      if (Math.abs(a.y - b.y) >= line * 0.8) continue;
      const gap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      if (gap > 1) found.push([a, b]);
    }
  }
  return found;
}
