import { createHmac, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { newUser, signUpThroughForm } from './accounts.js';
import { SIGNED_OUT_PROBE, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);

describe('Integrations', () => {
  it('connects a course platform, takes a signed delivery, lists it and shows the achievement', async () => {
    const { page, problems } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, newUser('hooks'));
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByRole('link', { name: /Integrations/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Integrations' }).waitFor();
    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();

    await page.getByRole('button', { name: 'Connect a course platform' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Label').fill('Open Learning');
    await dialog.getByRole('button', { name: 'Create connection' }).click();
    const url = (await dialog.getByTestId('webhook-url').textContent()) ?? '';
    const secret = (await dialog.getByTestId('webhook-secret').textContent()) ?? '';
    expect(url).toMatch(/\/api\/integrations\/webhooks\/generic\/[0-9a-f-]{36}$/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'Open Learning' }).waitFor();

    // The platform's side: sign "<timestamp>.<body>" with the secret, as docs/integrations.md says.
    const body = JSON.stringify({
      event: 'course.completed',
      occurredAt: new Date().toISOString(),
      issuer: { name: 'Open Learning' },
      item: { id: 'sql-101', title: 'Intro to SQL', skills: ['SQL'] },
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    const res = await fetch(new URL(new URL(url).pathname, baseUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-careeros-delivery': randomUUID(),
        'x-careeros-timestamp': timestamp,
        'x-careeros-signature': `v1=${signature}`,
      },
      body,
    });
    expect(res.status).toBe(202);

    // Listed (the page polls), and taken off the queue by the processing job.
    const deliveries = page.getByRole('region', { name: 'Deliveries' });
    const row = deliveries.getByRole('row').filter({ hasText: 'course.completed' });
    await expect.poll(() => row.getByText(/^Processed$/).count(), { timeout: 15_000 }).toBe(1);
    await row.getByRole('button', { name: 'Details' }).click();
    const drawer = page.getByRole('dialog', { name: 'Delivery' });
    await drawer.getByText('"title": "Intro to SQL"').waitFor();
    await page.keyboard.press('Escape');

    // The delivery became a course the issuer vouches for, on the user's timeline.
    await page.goto('/achievements');
    const entry = page.getByRole('listitem').filter({ hasText: 'Intro to SQL' });
    await entry.getByText('Verified by Open Learning').waitFor();
    await entry.getByRole('list', { name: 'Skills' }).getByText('SQL').waitFor();

    expect(problems.httpErrors.filter((e) => e !== SIGNED_OUT_PROBE)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
