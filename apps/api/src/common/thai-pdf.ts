import PDFDocument from 'pdfkit';
import { at } from './arrays';
import { assetPath } from './assets';
import { drawn, mapGlyphsToTheirCharacters } from './pdf-text-layer';

export type PdfDoc = InstanceType<typeof PDFDocument>;

/** An A4 document in Thai: margin, title, the embedded Thai fonts (`th`, `th-bold`) and its bytes when it ends. */
export interface ThaiPdf {
  doc: PdfDoc;
  margin: number;
  /** The document's bytes, once `finish` has been called. */
  done: Promise<Buffer>;
}

/**
 * A new A4 PDF with the Laksaman fonts (TLWG/SIPA, GPL with the font exception:
 * assets/fonts/LICENSE.txt) and buffered pages, so that page numbers can be written at the end.
 */
export function thaiPdf(title: string, margin = 50, layout: 'portrait' | 'landscape' = 'portrait'): ThaiPdf {
  const doc = new PDFDocument({ size: 'A4', layout, margin, bufferPages: true, info: { Title: title } });
  doc.registerFont('th', assetPath('fonts/Laksaman.ttf'));
  doc.registerFont('th-bold', assetPath('fonts/Laksaman-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, margin, done };
}

/**
 * Ends the document: "หน้า X / Y" in the footer of every page (below the bottom margin, so no page
 * is added), the text layer corrected so Thai copies and searches as written, then the bytes.
 */
export function finish({ doc, margin, done }: ThaiPdf): Promise<Buffer> {
  const width = doc.page.width - 2 * margin;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('th').fontSize(12).text(drawn(`หน้า ${i + 1} / ${range.count}`), margin, doc.page.height - margin, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  mapGlyphsToTheirCharacters(doc);
  doc.end();
  return done;
}

/**
 * A table row at the cursor: each cell wrapped within its column (`fractions` of the text width),
 * the row as tall as its tallest cell (or `minHeight`, e.g. room to sign), a hairline under it;
 * a new page first when it would run into the footer. Text columns are left-aligned, the rest right.
 */
export function tableRow(
  pdf: ThaiPdf,
  cells: string[],
  fractions: number[],
  options: { bold?: boolean; textColumns?: number; minHeight?: number; footer?: number; fontSize?: number } = {},
): void {
  const { doc, margin } = pdf;
  const width = doc.page.width - 2 * margin;
  doc.font(options.bold ? 'th-bold' : 'th').fontSize(options.fontSize ?? 13);
  const widths = fractions.map((f) => f * width - 6);
  const height = Math.max(options.minHeight ?? 0, ...cells.map((text, i) => doc.heightOfString(drawn(text), { width: at(widths, i) }))) + 4;
  if (doc.y + height > doc.page.height - margin - (options.footer ?? 30)) doc.addPage();
  const y = doc.y;
  let x = margin;
  cells.forEach((text, i) => {
    doc.text(drawn(text), x + 3, y + 2, { width: at(widths, i), align: i < (options.textColumns ?? 1) ? 'left' : 'right' });
    x += at(fractions, i) * width;
  });
  doc.moveTo(margin, y + height).lineTo(margin + width, y + height).lineWidth(0.3).stroke('#999999');
  doc.x = margin;
  doc.y = y + height + 2;
}
