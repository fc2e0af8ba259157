import { describe, expect, inject, it } from 'vitest';
import { resumeDocx } from '../server/modules/resume-imports/resume-import-test-helpers.js';
import { newUser, signUpThroughForm } from './accounts.js';
import { SIGNED_OUT_PROBE, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);

describe('Importing a resume', () => {
  it('uploads a DOCX, shows the internship read from it, leaves one out and saves the rest', async () => {
    const { page, problems } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, newUser('resume'));
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByRole('link', { name: /Import a resume/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Import a resume' }).waitFor();
    await page.getByText('PDF or DOCX, up to 10 MB').waitFor();

    await page.locator('input[type="file"]').setInputFiles({
      name: 'ada-resume.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await resumeDocx(),
    });
    const internship = page.getByRole('article', { name: 'Software Engineering Intern' });
    await internship.waitFor();
    expect(await internship.getByLabel('Type').inputValue()).toBe('internship');
    expect(await internship.getByLabel('Organisation').inputValue()).toBe('Acme Corp');
    expect(await internship.getByLabel('Start date').inputValue()).toBe('2021-06-01');
    expect(await internship.getByLabel('Highlights (one a line)').inputValue()).toContain(
      'Built a React dashboard used by 40 analysts',
    );
    await internship.getByText('React', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Skills to match' }).waitFor();
    await page.getByText('Quantum Basketweaving').waitFor();

    const status = page.getByRole('status').filter({ hasText: 'selected' });
    expect(await status.textContent()).toBe('3 selected');
    const education = page.getByRole('checkbox', { name: /Include “BSc Computer Science/ });
    await education.uncheck();
    expect(await status.textContent()).toBe('2 selected');
    expect(await page.getByLabel('Title').nth(2).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Save selected' }).click();
    await page.getByText('2 records saved to your achievements').waitFor();
    expect(await status.textContent()).toBe('0 selected, 2 saved');
    await page.getByRole('link', { name: 'See your achievements' }).click();
    await page.waitForURL(`${baseUrl}/achievements`);
    const saved = page.getByRole('listitem').filter({ hasText: 'Software Engineering Intern' });
    await saved.getByText('Internship · Acme Corp').waitFor();
    await saved.getByRole('list', { name: 'Skills' }).getByText('React').waitFor();
    expect(await page.getByText('BSc Computer Science').count()).toBe(0);

    expect(problems.httpErrors.filter((e) => e !== SIGNED_OUT_PROBE)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
