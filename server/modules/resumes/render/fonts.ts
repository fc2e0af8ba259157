import { readFileSync } from 'node:fs';
import type { Font } from 'fontkit';
import { create } from 'fontkit';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TFontFamily } from '../../../../contracts/resume-templates.js';

/**
 * The TrueType fonts of each template, from the @expo-google-fonts packages (SIL Open Font
 * License, which allows embedding), parsed once per process: PDFKit would parse the file again
 * for every document (Inter's layout tables alone cost ~400 ms), and each PDF embeds its own
 * subset of the shared font.
 */
export interface FontFiles {
  regular: Font;
  bold: Font;
  italic: Font;
}

const require = createRequire(import.meta.url);

const sources: Record<TFontFamily, { pkg: string; stem: string; bold: string }> = {
  'Source Serif 4': {
    pkg: '@expo-google-fonts/source-serif-4',
    stem: 'SourceSerif4',
    bold: '700Bold',
  },
  Inter: { pkg: '@expo-google-fonts/inter', stem: 'Inter', bold: '600SemiBold' },
  'Source Sans 3': {
    pkg: '@expo-google-fonts/source-sans-3',
    stem: 'SourceSans3',
    bold: '700Bold',
  },
};

const privateUse = (codePoint: number) =>
  (codePoint >= 0xe000 && codePoint <= 0xf8ff) || codePoint >= 0xf0000;

function read(family: TFontFamily, style: string): Font {
  const { pkg, stem } = sources[family];
  const root = path.dirname(require.resolve(`${pkg}/package.json`));
  const font = create(readFileSync(path.join(root, style, `${stem}_${style}.ttf`)));
  if (!('layout' in font)) throw new Error(`${stem} ${style} is a font collection`);
  // fontkit caches each glyph with the characters it was first asked for, and PDFKit writes a
  // PDF's text layer from them. Subsetting one document asks for glyphs without characters (the
  // parts of composite glyphs, like the dot in "…"), which would leave those glyphs unmapped in
  // every later document ("ref. 42" copied as "ref 42"): so every character's glyph is cached
  // with its character first. Private-use code points are left out: fonts map their alternate
  // glyphs (Inter's "(" before capitals) there, and layout gives those the real character.
  for (const codePoint of font.characterSet) {
    if (!privateUse(codePoint)) font.glyphForCodePoint(codePoint);
  }
  return font;
}

const loaded = new Map<TFontFamily, FontFiles>();

export function fontFiles(family: TFontFamily): FontFiles {
  let files = loaded.get(family);
  if (!files) {
    files = {
      regular: read(family, '400Regular'),
      bold: read(family, sources[family].bold),
      italic: read(family, '400Regular_Italic'),
    };
    loaded.set(family, files);
  }
  return files;
}
