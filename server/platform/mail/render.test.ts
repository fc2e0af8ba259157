import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { escapeHtml, html, SafeHtml } from './html.js';
import { renderEmail, renderEmailFromJson } from './render.js';

const sentAt = new Date('2024-05-01T10:00:00Z');

describe('renderEmail(mail-test)', () => {
  it('renders subject, a text part and an accessible HTML part', () => {
    const mail = renderEmail('mail-test', {
      recipientName: 'Ada',
      instanceUrl: 'https://careers.example.org',
      sentAt,
    });
    expect(mail.subject).toBe('Your CareerOS mail settings work');
    expect(mail.text).toContain('Hello Ada,');
    expect(mail.text).toContain('https://careers.example.org');
    expect(mail.text).toContain('Wed, 01 May 2024 10:00:00 GMT');
    expect(mail.text).not.toContain('<');
    expect(mail.html).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(mail.html).toContain(
      '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    );
    expect(mail.html).toContain('<title>Your CareerOS mail settings work</title>');
    expect(mail.html).toContain('role="presentation"');
    expect(mail.html).toContain('CareerOS');
    expect(mail.html).toContain('<a href="https://careers.example.org"');
    expect(mail.html).toContain('Hello Ada,');
  });

  it('escapes variables in the HTML part only', () => {
    const name = '<script>alert("x")</script> & Bob';
    const mail = renderEmail('mail-test', {
      recipientName: name,
      instanceUrl: 'https://example.org/?a=1&b="2"',
      sentAt,
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Bob');
    expect(mail.html).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
    expect(mail.text).toContain(`Hello ${name},`);
  });

  it('greets without a name', () => {
    const mail = renderEmail('mail-test', { instanceUrl: 'http://localhost:3000', sentAt });
    expect(mail.text.startsWith('Hello,\n')).toBe(true);
  });

  it('rejects non-http links and invalid dates', () => {
    expect(() => renderEmail('mail-test', { instanceUrl: 'javascript:alert(1)', sentAt })).toThrow(
      z.ZodError,
    );
    expect(() =>
      renderEmailFromJson('mail-test', { instanceUrl: 'https://x.org', sentAt: 'yesterday' }),
    ).toThrow(z.ZodError);
  });

  it('accepts the JSON form of its variables (dates as ISO strings)', () => {
    const vars = { instanceUrl: 'https://x.org', sentAt };
    const fromJson = renderEmailFromJson('mail-test', JSON.parse(JSON.stringify(vars)));
    expect(fromJson).toEqual(renderEmail('mail-test', vars));
  });
});

describe('html tagged template', () => {
  it('escapes interpolations unless they are SafeHtml', () => {
    const inner = html`<b>${'a<b'}</b>`;
    expect(
      html`<p title="${`"q"`}">${inner}${['<i>', new SafeHtml('<br>')]}${undefined}</p>`.value,
    ).toBe('<p title="&quot;q&quot;"><b>a&lt;b</b>&lt;i&gt;<br></p>');
    expect(escapeHtml(`'&`)).toBe('&#39;&amp;');
  });
});
