import wrapAnsi from 'wrap-ansi';

/** Helpers of the Markdown and plain-text formats. */

export const TEXT_WIDTH = 80;

/** Wrapped at the text width; words longer than a line (links) are left whole. */
export function wrap(text: string, width = TEXT_WIDTH): string {
  return wrapAnsi(text, width, { hard: false, trim: true });
}

/** A bullet with its continuation lines under its text, not under the bullet. */
export function wrapBullet(text: string, width = TEXT_WIDTH): string {
  return wrap(text, width - 4)
    .split('\n')
    .map((line, i) => (i === 0 ? `  • ${line}` : `    ${line}`))
    .join('\n');
}

/** Left text with right text flush at the width, or the right text on its own line. */
export function splitLine(left: string, right: string, width = TEXT_WIDTH): string {
  if (!right) return wrap(left, width);
  const gap = width - left.length - right.length;
  return gap >= 2 ? `${left}${' '.repeat(gap)}${right}` : `${wrap(left, width)}\n${right}`;
}

export function underline(text: string, char = '-'): string {
  return `${text}\n${char.repeat(Math.min(text.length, TEXT_WIDTH))}`;
}

/** Markdown's special characters escaped, so a title like "C# *and* F#" prints as typed. */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/^([-+]|\d+\.)(\s)/, '\\$1$2');
}
