import PDFDocument from 'pdfkit';
import { assetPath } from './assets';
import { pdfRuns } from '../../test/support/pdf-layout';
import { drawn, mapGlyphsToTheirCharacters } from './pdf-text-layer';

/** Words whose marks the Thai shaper moves or swaps: low tone marks, descender-less consonants, SARA AM under a tone mark. */
const WORDS = ['เทศบาลตำบลละอุ่น', 'สรุปตามรูปแบบการส่งเสริม', 'ตามช่วงอายุ', 'มูลค่า', 'น้ำท่วม', 'ต่ำกว่า', 'หญิงชรา', 'ฐานข้อมูล', 'ปู่ย่า', 'กิ่งก้าน', 'ปั้นหม้อ', 'ฤๅษี', 'ผู้สูงอายุ'];

function pdfOf(words: readonly string[], correct: boolean): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  doc.registerFont('th', assetPath('fonts/Laksaman.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('th').fontSize(14);
  for (const word of words) doc.text(drawn(word));
  if (correct) mapGlyphsToTheirCharacters(doc);
  doc.end();
  return done;
}

/** What a reader compares: the same text up to Unicode compatibility (ำ = ํ + า) and mark order. */
const same = (text: string): string => text.normalize('NFKC');

describe('the PDF text layer (copy, search, screen readers)', () => {
  it('reads back every word as written, whichever word drew a glyph first', async () => {
    const lines = pdfRuns(await pdfOf(WORDS, true)).map((r) => same(r.str));
    expect(lines).toEqual(WORDS.map(same));
    const reversed = [...WORDS].reverse();
    expect(pdfRuns(await pdfOf(reversed, true)).map((r) => same(r.str))).toEqual(reversed.map(same));
  });

  it('without the correction pdfkit would misread them (the defect this guards against)', async () => {
    const lines = pdfRuns(await pdfOf(WORDS, false)).map((r) => same(r.str));
    expect(lines).not.toEqual(WORDS.map(same));
    expect(lines.join(' ')).toContain('สุงเสริม');
  });
});
