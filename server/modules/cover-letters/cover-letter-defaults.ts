import type { TCoverLetterContent } from '../../../contracts/cover-letters.js';
import type { TResumeBasics } from '../../../contracts/resumes.js';

/** A new letter: the given parts, the rest filled with the sender's basics and usual phrases. */
export function newLetterContent(
  given: Partial<TCoverLetterContent>,
  sender: TResumeBasics,
  today: Date,
): TCoverLetterContent {
  return {
    sender,
    recipient: { name: null, title: null, company: null, addressLines: [] },
    // The day in UTC, the same day whatever the server's zone; the editor can change it.
    date: today.toISOString().slice(0, 10),
    subject: null,
    salutation: 'Dear Hiring Manager,',
    body: [],
    closing: 'Kind regards,',
    signature: null,
    ...given,
  };
}

/** "Ada Lovelace - Letter to Acme.pdf": plain characters, so every browser keeps the name. */
export function exportFileName(senderName: string, letterName: string, extension: string): string {
  const safe = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^\w .,()-]+/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const stem = [safe(senderName), safe(letterName)].filter(Boolean).join(' - ') || 'Cover letter';
  return `${stem.slice(0, 150)}.${extension}`;
}
