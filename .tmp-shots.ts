import { launchBrowser } from './e2e/browser.js';
const base = 'http://127.0.0.1:3100';
const id = Date.now().toString(36);
const user = { username: `shot_${id}`, email: `shot.${id}@example.org`, password: `Lantern-${id}-orbit-gravel` };
const reg = await fetch(`${base}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...user, transport: 'api' }) });
const { accessToken } = (await reg.json()) as { accessToken: string };
const h = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
for (const [name, proficiency] of [['Python', 'advanced'], ['SQL', 'intermediate'], ['Critical Thinking', 'advanced']]) {
  await fetch(`${base}/api/me/skills`, { method: 'POST', headers: h, body: JSON.stringify({ name, proficiency }) });
}
const rm = await fetch(`${base}/api/roadmaps`, { method: 'POST', headers: h, body: JSON.stringify({ occupation: '15-1252.00', answers: { experience: 'some', timeline: 24, hoursPerWeek: 10, learningStyle: 'mixed', focusArea: 'python' } }) });
const roadmap = (await rm.json()) as { id?: string };
console.log('roadmap', rm.status, JSON.stringify(roadmap).slice(0, 300));
const browser = await launchBrowser();
for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 740 }]] as const) {
  const context = await browser.newContext({ viewport, baseURL: base });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Username or email').fill(user.username);
  await page.locator('input[type="password"]').fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'Log in', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  for (const [name, path] of [['home', '/'], ['careers', '/careers?q=nurce'], ['occupation', '/careers/15-1252.00'], ['gaps', '/careers/15-1252.00/gaps'], ['roadmap', `/roadmaps/${roadmap.id}`], ['plan', '/plan'], ['assessment', '/assessment']]) {
    await page.goto(path);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/${name}-${label}.png`, fullPage: false });
  }
  await context.close();
}
await browser.close();
