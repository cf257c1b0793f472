import type PDFDocument from 'pdfkit';

/** The part of pdfkit's embedded font this module corrects (pdfkit keeps it private). */
interface EmbeddedFontInternals {
  font?: { getGlyph(id: number): { name?: string } };
  subset?: { glyphs: number[] };
  unicode?: number[][];
}

/**
 * SARA AM (ำ) written as the two characters it is drawn with (NIKHAHIT + SARA AA), as the shaper
 * draws it anyway: each glyph then maps back to its own character, so text copied or searched in
 * the PDF reads ตําบล (the compatibility form of ตำบล) instead of the wrong ตำาบล.
 */
export const drawn = (text: string): string => text.replace(/\u0E33/g, '\u0E4D\u0E32');

/** A glyph named after its character, as TLWG fonts name them: uni0E48.low → U+0E48. */
const NAMED = /^uni([0-9A-F]{4})(?:\.|$)/;

/**
 * Corrects the PDF's text layer before the document ends. pdfkit writes each drawn glyph's
 * Unicode as fontkit's layout reported it the first time that glyph was drawn, and fontkit loses
 * track of the Thai marks its shaper substitutes: after "ละอุ่น" the low MAI EK reads back as SARA U
 * everywhere, so "ส่งเสริม" is copied and searched as "สุงเสริม". Every drawn glyph named after its
 * character maps back to that character; other glyphs keep pdfkit's mapping.
 */
export function mapGlyphsToTheirCharacters(doc: InstanceType<typeof PDFDocument>): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, EmbeddedFontInternals> })._fontFamilies ?? {};
  for (const embedded of Object.values(families)) {
    const { font, subset, unicode } = embedded;
    if (!font || !subset || !unicode) continue;
    subset.glyphs.forEach((glyphId, gid) => {
      const name = NAMED.exec(font.getGlyph(glyphId).name ?? '');
      if (name?.[1]) unicode[gid] = [parseInt(name[1], 16)];
    });
  }
}
