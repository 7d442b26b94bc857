// Bad input the app must explain instead of breaking: a broken questionnaire file, a broken
// translation, unavailable storage.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { audit } from './helpers';

test('a broken questionnaire gets a specific message naming the place and rule', async ({ page }) => {
  const q = JSON.parse(readFileSync('content/assessment.en.json', 'utf8'));
  q.dimensions[1].items[0].id = q.dimensions[0].items[0].id; // duplicate id
  q.bands[1].min = 45; // gap between bands
  await page.route('**/content/assessment.en.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(q) }));
  await page.goto('./?lang=en');
  const error = page.locator('#load-error');
  await expect(error).toContainText('The questionnaire could not be loaded');
  await expect(error).toContainText('dimensions[1].items[0].id');
  await expect(error).toContainText('bands[1]');
  await audit(page, 'broken questionnaire');
});

test('a broken Finnish questionnaire falls back to English and says why', async ({ page }) => {
  await page.route('**/content/assessment.fi.json', (r) => r.fulfill({ contentType: 'application/json', body: '{"format": 1, "id": ' }));
  await page.goto('./?lang=fi');
  await expect(page.locator('h1')).toHaveText('How ready are you to sell on screen?');
  await expect(page.locator('.notice')).toContainText('The questionnaire could not be loaded');
});

test('without storage (blocked) the assessment still works and says answers will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto('./');
  await expect(page.locator('.notice')).toContainText('does not let the page save anything');
  await page.locator('#start-btn').click();
  await page.locator('label[for="q-trust-r1-4"]').click();
  await expect(page.locator('#q-trust-r1-4')).toBeChecked();
});
