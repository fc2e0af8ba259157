import type { TCoverLetterContent } from '../../../../contracts/cover-letters.js';
import { formatLetterDate } from '../../../../contracts/resume-layout.js';

/** The recipient block and signature as every letter format prints them. */
export function recipientLines(letter: TCoverLetterContent): string[] {
  const { name, title, company, addressLines } = letter.recipient;
  return [name, title, company, ...addressLines].filter((line): line is string => Boolean(line));
}

export function letterDate(letter: TCoverLetterContent): string | null {
  return letter.date ? formatLetterDate(letter.date) : null;
}

export function signatureName(letter: TCoverLetterContent): string {
  return letter.signature ?? letter.sender.name;
}
