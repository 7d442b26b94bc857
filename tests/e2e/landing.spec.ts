// The landing page: content, accessibility, privacy (no request leaves the origin), sub-path hosting.
import { test, expect } from '@playwright/test';
import { audit, open, answerStepByMouse, next, varied } from './helpers';

test('landing page says what, how long and that answers stay on the device', async ({ page }) => {
  await open(page);
  await expect(page).toHaveTitle('Remote Sales Readiness');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('How ready are you to sell on screen?');
  await expect(page.locator('.fact-time')).toContainText('52 questions');
  await expect(page.locator('.fact-privacy')).toContainText('never leave your device');
  await expect(page.locator('ol.areas > li')).toHaveCount(7);
  await expect(page.locator('#start-btn')).toHaveText('Start the assessment');
  await audit(page, 'start page');
});

test('a whole visit makes no request to another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await open(page);
  await page.locator('#start-btn').click();
  for (let step = 0; step < 7; step++) {
    await answerStepByMouse(page, varied);
    await next(page);
  }
  await page.locator('#results-btn').click();
  await expect(page.locator('#overall-score')).toBeVisible();
  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
});

test('the build works from a sub-path of a static host', async ({ page }) => {
  await open(page, '/sub/path/');
  await expect(page.locator('#start-btn')).toBeVisible();
  await page.locator('#start-btn').click();
  await expect(page.locator('h1#page-heading')).toHaveText('Trust building');
});
