// Results that travel without a server: share links, QR, export/import, history, delete-all,
// and damaged input (links, files, storage).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { audit, topInSight, open, answerStepByMouse, finish, varied } from './helpers';

test('a share link opened in a fresh browser shows the same result, read-only', async ({ page, browser }) => {
  await open(page);
  await finish(page);
  const overall = await page.locator('#overall-score').textContent();
  await page.locator('#share-nickname').fill('Aino');
  const link = await page.locator('#share-link').inputValue();
  const fragment = link.split('#r=')[1];
  expect(fragment.length).toBeLessThanOrEqual(70);
  await expect(page.locator('#share-link')).toHaveValue(/#r=/);
  await expect(page.locator('#share-qr path')).toHaveAttribute('d', /^M4,4/);
  await audit(page, 'results with share panel');

  const fresh = await browser.newContext({ locale: 'fi-FI', reducedMotion: 'reduce' });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('#shared-banner')).toBeVisible();
  await expect(other.locator('#shared-banner')).toContainText('Aino');
  await expect(other.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(other.locator('#overall-score')).toHaveText(overall!);
  // The banner is the first thing in sight, not scrolled away by the move to the heading.
  expect(await topInSight(other.locator('#shared-banner'))).toBe(true);
  await expect(other.locator('.plan')).toHaveCount(0);
  await expect(other.locator('.tip input')).toHaveCount(0);
  await audit(other, 'shared result');
  await other.locator('#shared-close').click();
  await expect(other.locator('#start-btn')).toBeVisible();
  expect(await other.evaluate(() => location.hash)).toBe('');
  await fresh.close();
});

test('export JSON then import it shows the same page; CSV has a row per item and dimension', async ({ page }) => {
  await open(page);
  await finish(page);
  const overall = await page.locator('#overall-score').textContent();
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const jsonPath = test.info().outputPath('result.json');
  await json.saveAs(jsonPath);
  const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(exported.schema).toBe('remote-sales-readiness/result');
  expect(Object.keys(exported.answers)).toHaveLength(52);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  const csvPath = test.info().outputPath('result.csv');
  await csv.saveAs(csvPath);
  const lines = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('record,dimension_id,dimension,item_id,item,answer,answer_value,score,band');
  expect(lines.filter((l) => l.startsWith('item,'))).toHaveLength(52);
  expect(lines.filter((l) => l.startsWith('dimension,'))).toHaveLength(7);

  await page.locator('#history-nav').click();
  await page.locator('#import-file').setInputFiles(jsonPath);
  await expect(page.locator('#shared-banner')).toContainText('opened from a file');
  await expect(page.locator('#overall-score')).toHaveText(overall!);
});

test('a file that is not ours, or broken JSON, gets a specific message', async ({ page }) => {
  await open(page);
  await page.locator('#history-nav').click();
  await page.locator('#import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.locator('#import-error')).toHaveText('This file is not a result exported from this assessment.');
  await page.locator('#import-file').setInputFiles({ name: 'y.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": "remote-sales') });
  await expect(page.locator('#import-error')).toHaveText('This file is not valid JSON, so it cannot be an exported result.');
  await audit(page, 'history with import error');
});

test('history shows the change after two attempts, opens and deletes attempts', async ({ page }) => {
  await open(page);
  await finish(page, () => 3);
  await page.locator('#restart-btn').click();
  await page.locator('#confirm-restart-yes').click();
  await finish(page, () => 4);
  // 3 -> 4 on every item: trust (no reverse-keyed item) rises from 50 to 75, professionalism
  // (one reverse-keyed lapse, scored 6 - 4 = 2) from 50 to 100 x ((5 x 4 + 2) / 6 - 1) / 4 = 67.
  const changes = page.locator('#changes li');
  await expect(changes).toHaveCount(7);
  await expect(changes.nth(0).locator('.delta')).toHaveText('up 25');
  await expect(changes.nth(1).locator('.delta')).toHaveText('up 17');
  await page.locator('#history-nav').click();
  await expect(page.locator('.history-item')).toHaveCount(2);
  await audit(page, 'history');
  await page.locator('.history-item').nth(1).getByRole('button', { name: /^Open/ }).click();
  await expect(page.locator('#overall-score')).toHaveText('50');
  await page.locator('#attempt-back').click();
  await page.locator('.history-item').nth(1).getByRole('button', { name: /^Delete/ }).click();
  await expect(page.locator('.history-item')).toHaveCount(1);
  await page.reload();
  await page.locator('#history-nav').click();
  await expect(page.locator('.history-item')).toHaveCount(1);
});

test('delete all my data leaves storage empty', async ({ page }) => {
  await open(page);
  await finish(page);
  expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
  await page.locator('#history-nav').click();
  await page.locator('#delete-all-btn').click();
  await expect(page.locator('#confirm-delete')).toBeVisible();
  await audit(page, 'delete-all confirmation');
  await page.locator('#confirm-delete-yes').click();
  await expect(page.locator('.notice')).toContainText('All your data has been deleted');
  await expect(page.locator('#start-btn')).toHaveText('Start the assessment');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('a damaged or tampered share link gets a clear message and nothing is lost', async ({ page }) => {
  await open(page);
  await page.locator('#start-btn').click();
  await answerStepByMouse(page, varied);
  await page.goto('./#r=AQEAAAAAAAAAAAAA');
  await page.reload();
  await expect(page.locator('.notice')).toContainText('This result link is damaged or incomplete');
  await expect(page.locator('h1#page-heading')).toHaveText('Trust building');
  await expect(page.locator('#q-trust-r1 input:checked')).toHaveCount(1);
  await audit(page, 'bad link notice');
});

test('corrupted storage is set aside with a message, not deleted', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    localStorage.setItem('rsr.saved', '{"format":1,"session":garbage');
    localStorage.setItem('rsr.history', 'not json at all');
  });
  await page.reload();
  await expect(page.locator('.notice')).toContainText('saved answers in this browser were damaged');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => k.startsWith('rsr.damaged.')).length).toBeGreaterThanOrEqual(2);
  await page.locator('#history-nav').click();
  await expect(page.locator('.history .notice')).toContainText('could not be read');
});

test('answers saved against older questions are kept where the questions still exist, and the user is told', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    const answers = { 'trust.r1': { rating: 4 }, 'trust.r2': { rating: 2 }, 'retired.r9': { rating: 5 } };
    localStorage.setItem('rsr.saved', JSON.stringify({ format: 1, content_version: 0, session: { answers, step: 'start' }, plan: { tips: [] } }));
  });
  await page.reload();
  await expect(page.locator('.notice')).toContainText('Answers kept: 2. Answers removed because their question no longer exists: 1.');
  await expect(page.locator('.saved-progress')).toContainText('2 of 52');
  await page.locator('#start-btn').click();
  await expect(page.locator('#q-trust-r1-4')).toBeChecked();
});

test('a link made with newer questions says so instead of showing wrong scores', async ({ page }) => {
  const { execFileSync } = await import('node:child_process');
  const { writeFileSync } = await import('node:fs');
  const newer = JSON.parse(readFileSync('content/assessment.en.json', 'utf8'));
  newer.version += 1;
  const path = test.info().outputPath('newer.json');
  writeFileSync(path, JSON.stringify(newer));
  const code = execFileSync('cargo', ['run', '-q', '-p', 'assessment', '--example', 'share_code', '--', path], {
    input: JSON.stringify({ 'trust.r1': { rating: 4 } }), encoding: 'utf8',
  }).trim();
  await page.goto(`./#r=${code}`);
  await expect(page.locator('.notice')).toContainText('made with a newer version of the questions');
  await expect(page.locator('#start-btn')).toBeVisible();
});
