// The results page: action plan, print layout (two A4 pages), start over with confirmation.
import { test, expect } from '@playwright/test';
import { audit, open, answerStepByMouse, finish, next, varied } from './helpers';

async function finishFresh(page: import('@playwright/test').Page) {
  await open(page);
  await finish(page);
}

test('the action plan takes up to three tips and survives a reload', async ({ page }) => {
  await finishFresh(page);
  const boxes = page.locator('.tip input[type=checkbox]');
  for (let i = 0; i < 3; i++) await boxes.nth(i * 3).check();
  await expect(page.locator('.plan-list li')).toHaveCount(3);
  await expect(boxes.nth(10)).toBeDisabled();
  await page.reload();
  await expect(page.locator('.plan-list li')).toHaveCount(3);
  await page.locator('.plan-list li button').first().click();
  await expect(page.locator('.plan-list li')).toHaveCount(2);
  await expect(boxes.nth(10)).toBeEnabled();
});

test('print preview fits the profile on two A4 pages', async ({ page }) => {
  await finishFresh(page);
  await page.locator('.tip input[type=checkbox]').first().check();
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'test-results/results-print.png', fullPage: true });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('#print-btn')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
});

test('start over asks first, and cancelling keeps everything', async ({ page }) => {
  await finishFresh(page);
  await page.locator('#restart-btn').click();
  const dialog = page.locator('#confirm-restart');
  await expect(dialog).toBeVisible();
  await audit(page, 'start-over dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#overall-score')).toBeVisible();
  await page.locator('#restart-btn').click();
  await page.locator('#confirm-restart-yes').click();
  await expect(page.locator('#start-btn')).toHaveText('Start the assessment');
  await page.reload();
  await expect(page.locator('#start-btn')).toHaveText('Start the assessment');
});

test('results on a 360 px phone show bars instead of the radar, without horizontal overflow', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await finishFresh(page);
  await expect(page.locator('.bars')).toBeVisible();
  await expect(page.locator('svg.radar')).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await audit(page, 'results at 360 px');
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('start, a step and the results pass the audit in dark mode', async ({ page }) => {
    await open(page);
    await audit(page, 'start (dark)');
    await page.locator('#start-btn').click();
    await page.locator('label[for="q-trust-r1-4"]').click();
    await audit(page, 'step 1 (dark)');
    for (let step = 1; step <= 7; step++) {
      await answerStepByMouse(page, varied);
      await next(page);
    }
    await page.locator('#results-btn').click();
    await expect(page.locator('#overall-score')).toBeVisible();
    await audit(page, 'results (dark)');
  });
});
