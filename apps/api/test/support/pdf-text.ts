import { execFileSync } from 'node:child_process';

/**
 * The text of a PDF, read with pdf-parse (pdf.js) in a child Node process: pdf.js loads its
 * worker with a dynamic import, which Jest's VM does not allow.
 */
export function pdfText(pdf: Buffer): string {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const result = await new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) }).getText();
      process.stdout.write(result.text);
    });`;
  return execFileSync(process.execPath, ['-e', script], { input: pdf, cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 }).toString('utf8');
}
