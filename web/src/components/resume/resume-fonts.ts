import interBold from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url';
import interItalic from '@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf?url';
import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import sansBold from '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf?url';
import sansItalic from '@expo-google-fonts/source-sans-3/400Regular_Italic/SourceSans3_400Regular_Italic.ttf?url';
import sansRegular from '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf?url';
import serifBold from '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf?url';
import serifItalic from '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf?url';
import serifRegular from '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf?url';
import type { TFontFamily } from '../../../../contracts/resume-templates';

/**
 * The template fonts for the preview, the same files the PDFs embed, as @font-face rules. A
 * preview adds them the first time one is shown, so pages without one never load them.
 */
const files: Record<
  TFontFamily,
  { regular: string; bold: string; italic: string; weight: number }
> = {
  'Source Serif 4': { regular: serifRegular, bold: serifBold, italic: serifItalic, weight: 700 },
  Inter: { regular: interRegular, bold: interBold, italic: interItalic, weight: 600 },
  'Source Sans 3': { regular: sansRegular, bold: sansBold, italic: sansItalic, weight: 700 },
};

export const resumeFontFaces = Object.entries(files)
  .flatMap(([family, f]) => [
    `@font-face{font-family:'${family}';src:url(${f.regular}) format('truetype');font-weight:400;font-display:swap}`,
    `@font-face{font-family:'${family}';src:url(${f.bold}) format('truetype');font-weight:${f.weight};font-display:swap}`,
    `@font-face{font-family:'${family}';src:url(${f.italic}) format('truetype');font-weight:400;font-style:italic;font-display:swap}`,
  ])
  .join('\n');

const STYLE_ID = 'resume-font-faces';

/** Adds the template fonts to the document the first time a preview needs them. */
export function addResumeFonts(): void {
  if (typeof document === 'undefined' || document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = resumeFontFaces;
  document.head.append(style);
}
