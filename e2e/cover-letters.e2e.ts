import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, inject, it } from 'vitest';
import { newUser, signUpThroughForm } from './accounts.js';
import { SIGNED_OUT_PROBE, downloadedBytes, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);

const SUBJECT = 'Application for the junior analyst role';
const PARAGRAPH = 'I have built dashboards that three teams use every week.';
const EMAIL = 'applicant@example.org';

describe('Cover letters', () => {
  it('writes a letter, shows it in the preview, saves it and exports it as a PDF', async () => {
    const { page, problems } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, newUser('letters'));
    await page.waitForURL(`${baseUrl}/account`);

    await page.goto('/cover-letters');
    await page.getByRole('heading', { name: 'No cover letters yet' }).waitFor();
    await page.getByLabel("New letter's name").fill('Acme');
    await page.getByRole('button', { name: 'New letter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit cover letter' }).waitFor();

    await page.getByLabel('Subject').fill(SUBJECT);
    // The generated resume leaves the email out; a letter usually carries it.
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(EMAIL);
    await page.getByRole('button', { name: 'Add paragraph' }).click();
    await page.getByRole('textbox', { name: 'Paragraph 1', exact: true }).fill(PARAGRAPH);
    const preview = page.getByRole('article', { name: 'Cover letter preview' }).last();
    await preview.getByText(SUBJECT).waitFor();
    await preview.getByText(PARAGRAPH).waitFor();
    await preview.getByText(EMAIL).waitFor();
    await page.getByRole('status').getByText('Saved').waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/ - Acme\.pdf$/);
    const bytes = await downloadedBytes(download);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
      mergePages: true,
    });
    expect(text).toContain(SUBJECT);
    expect(text).toContain(PARAGRAPH);
    expect(text).toContain(EMAIL);

    await page.getByRole('link', { name: 'Cover letters' }).click();
    await page.getByRole('link', { name: 'Acme', exact: true }).waitFor();
    expect(problems.httpErrors.filter((e) => e !== SIGNED_OUT_PROBE)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
