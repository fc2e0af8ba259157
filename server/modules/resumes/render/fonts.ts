import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TFontFamily } from '../../../../contracts/resume-templates.js';

/**
 * The TrueType files of each template font, from the @expo-google-fonts packages (SIL Open Font
 * License, which allows embedding). Read once per process: every PDF embeds subsets of them.
 */
export interface FontFiles {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
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

function read(family: TFontFamily, style: string): Buffer {
  const { pkg, stem } = sources[family];
  const root = path.dirname(require.resolve(`${pkg}/package.json`));
  return readFileSync(path.join(root, style, `${stem}_${style}.ttf`));
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
