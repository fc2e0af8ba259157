import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, inject, it } from 'vitest';
import { newUser, signUpThroughForm } from './accounts.js';
import { SIGNED_OUT_PROBE, downloadedBytes, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);
const TITLE = 'Data engineering intern';

/** Clicks the button and reads the file the browser saved. */
async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await downloadedBytes(download) };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)));
  return text.join('\n');
}

describe('Resume builder', () => {
  it('an internship added in the UI reaches the skills, the resume preview and its PDF and DOCX', async () => {
    const user = newUser('resume');
    const { page, problems } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, user);
    await page.waitForURL(`${baseUrl}/account`);

    await page.goto('/achievements');
    await page.getByRole('button', { name: 'Add achievement' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add an achievement' });
    await dialog.getByLabel('Type').selectOption('internship');
    await dialog.getByLabel('Title').fill(TITLE);
    await dialog.getByLabel('Organisation (optional)').fill('Acme');
    await dialog.getByLabel('Skill to add').fill('TypeScript');
    await dialog.getByRole('button', { name: 'Add skill' }).click();
    await dialog.getByRole('button', { name: 'Add achievement' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.goto('/account/skills');
    await page.getByText('TypeScript', { exact: true }).first().waitFor();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Resume' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Resume' }).waitFor();
    await page.getByRole('link', { name: 'Generated resume' }).click();
    await page.waitForURL(/\/resume\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Generated resume' }).waitFor();
    await page.getByText(TITLE).first().waitFor();

    const pdf = await downloaded(page, 'Export PDF');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(await pdfText(pdf.bytes)).toContain(TITLE);
    const docx = await downloaded(page, 'Export DOCX');
    expect(docx.name).toMatch(/\.docx$/);
    const xml = unzipSync(new Uint8Array(docx.bytes))['word/document.xml'];
    expect(strFromU8(xml ?? new Uint8Array())).toContain(TITLE);

    expect(problems.httpErrors.filter((e) => e !== SIGNED_OUT_PROBE)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('a tailored copy saves an edit and is shared by a public link', async () => {
    const user = newUser('resumecopy');
    const { page } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, user);
    await page.waitForURL(`${baseUrl}/account`);
    await page.goto('/resume');
    await page.getByRole('button', { name: 'Make a tailored copy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tailored resume' }).waitFor();
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.ok());
    await page.getByLabel('Summary').fill('Backend engineer who ships');
    await saved;
    await page.getByRole('status').getByText('Saved').waitFor();
    await page.getByText('Backend engineer who ships').nth(1).waitFor();

    // Controlled by the server's answer: it turns on when the link exists.
    await page.getByLabel('Anyone with the link can view and download this resume').click();
    const url = await page.getByLabel('Public link', { exact: true }).inputValue();
    const visitor = (await openPage()).page;
    await visitor.goto(new URL(url).pathname);
    await visitor.getByText('Backend engineer who ships').waitFor();
    await page.reload();
    await page.getByText('1 views · 0 downloads').waitFor();
  });
});
