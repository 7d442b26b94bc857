// Four languages: ?lang=, browser locale, the switcher mid-assessment, audits per language, and
// the Finnish results page on a 360 px phone.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { audit, open, answerStepByMouse, next, varied } from './helpers';

const LANGS = ['en', 'fi', 'sv', 'da'] as const;
const ui = (l: string) => JSON.parse(readFileSync(`content/ui/${l}.json`, 'utf8')).strings as Record<string, string>;
const content = (l: string) => JSON.parse(readFileSync(`content/assessment.${l}.json`, 'utf8'));

for (const lang of LANGS) {
  test(`?lang=${lang} shows the app in that language and passes the audit`, async ({ page }) => {
    await open(page, `./?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(ui(lang)['app.title']);
    await expect(page.locator('h1')).toHaveText(ui(lang)['start.heading']);
    await expect(page.locator(`.lang-btn[data-lang="${lang}"]`)).toHaveAttribute('aria-pressed', 'true');
    await audit(page, `start (${lang})`);
    await page.locator('#start-btn').click();
    await expect(page.locator('h1#page-heading')).toHaveText(content(lang).dimensions[0].name);
    await audit(page, `step 1 (${lang})`);
  });
}

for (const [locale, lang] of [['fi-FI', 'fi'], ['sv-SE', 'sv'], ['da-DK', 'da'], ['nb-NO', 'da'], ['de-DE', 'en']] as const) {
  test.describe(`browser locale ${locale}`, () => {
    test.use({ locale });
    test(`opens in ${lang}`, async ({ page }) => {
      await open(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(ui(lang)['start.heading']);
    });
  });
}

test('an unknown ?lang= gets a clear message and English', async ({ page }) => {
  await open(page, './?lang=klingon');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.notice')).toContainText('“klingon”');
  await audit(page, 'bad lang parameter');
});

test('switching language mid-assessment keeps every answer and the step, and is remembered', async ({ page }) => {
  await open(page);
  await page.locator('#start-btn').click();
  const first = await answerStepByMouse(page, varied);
  await next(page);
  await page.locator('label[for="q-professionalism-r1-4"]').click();
  await page.locator('.lang-btn[data-lang="fi"]').click();
  await expect(page.locator('h1#page-heading')).toHaveText(content('fi').dimensions[1].name);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.locator('#q-professionalism-r1-4')).toBeChecked();
  await expect(page.locator('.progress-step')).toHaveText(ui('fi')['step.counter'].replace('{x}', '2').replace('{y}', '7'));
  await page.locator('#back-btn').click();
  for (const id of Object.keys(first)) {
    await expect(page.locator(`#q-${id.replace(/\./g, '-')} input:checked`)).toHaveCount(1);
  }
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.locator('h1#page-heading')).toHaveText(content('fi').dimensions[0].name);
});

test('Finnish results on a 360 px phone: no horizontal overflow, audit clean', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, './?lang=fi');
  await page.locator('#start-btn').click();
  for (let step = 1; step <= 7; step++) {
    await answerStepByMouse(page, varied);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `step ${step} overflows`).toBeLessThanOrEqual(0);
    await next(page);
  }
  await page.locator('#results-btn').click();
  await expect(page.locator('#overall-score')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/results-fi-360.png', fullPage: true });
  await audit(page, 'Finnish results at 360 px');
});
