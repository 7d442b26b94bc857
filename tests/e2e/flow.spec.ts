// Taking the assessment as a person would: by mouse, by keyboard only, with a reload mid-way,
// skipping a dimension, straight-lining, and comparing the page with the core's scores.
import { test, expect } from '@playwright/test';
import { audit, topInSight, open, answerStepByMouse, next, coreProfile, varied, type Answers } from './helpers';

test('complete by mouse; the page shows the core score; every step passes the audit', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await page.locator('#start-btn').click();
  const all: Answers = {};
  let offset = 0;
  for (let step = 1; step <= 7; step++) {
    await expect(page.locator('.progress-step')).toHaveText(`Step ${step} of 7`);
    await expect(page.locator('h1#page-heading')).toBeFocused();
    // The new step is shown from the top: the progress indicator above the heading stays visible.
    expect(await topInSight(page.locator('.progress'))).toBe(true);
    await audit(page, `step ${step}`);
    const a = await answerStepByMouse(page, varied, (id) => (id.endsWith('j1') ? 'b' : 'c'), offset);
    offset += Object.values(a).filter((v) => v === 'not_applicable' || 'rating' in (v as object)).length;
    Object.assign(all, a);
    await next(page);
  }
  await expect(page.locator('#review-summary')).toHaveText('You have answered every question. Well done!');
  await audit(page, 'review');
  await page.locator('#results-btn').click();
  const core = coreProfile(all);
  await expect(page.locator('#overall-score')).toHaveText(String(core.overall));
  await expect(page.locator('#judgement-score')).toHaveText(String(core.judgement));
  const cards = page.locator('.dim-card');
  await expect(cards).toHaveCount(7);
  for (let i = 0; i < 7; i++) {
    await expect(cards.nth(i).locator('.dim-score .score-num')).toHaveText(String(core.dimensions[i].score));
  }
  await expect(page.locator('#score-table tbody tr')).toHaveCount(7);
  await audit(page, 'results');
});

test('complete with the keyboard only', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab'); // skip link
  let guard = 0;
  while (!(await page.locator('#start-btn').evaluate((el) => el === document.activeElement)) && guard++ < 20) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  for (let step = 1; step <= 7; step++) {
    await expect(page.locator('h1#page-heading')).toBeFocused();
    const items = page.locator('fieldset.item');
    const count = await items.count();
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      // Tab until focus is inside this question's radio group.
      let tries = 0;
      while (!(await item.evaluate((el) => el.contains(document.activeElement))) && tries++ < 12) {
        await page.keyboard.press('Tab');
      }
      expect(await item.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      if (await item.evaluate((el) => el.classList.contains('item-rating'))) {
        await page.keyboard.press(String(((i + step) % 5) + 1)); // number keys answer
      } else {
        await page.keyboard.press('ArrowDown'); // arrows move within the group
      }
      await expect(item).toHaveClass(/is-answered/);
    }
    let tries = 0;
    while (!(await page.locator('#next-btn').evaluate((el) => el === document.activeElement)) && tries++ < 12) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#review-summary')).toHaveText('You have answered every question. Well done!');
  await page.locator('#results-btn').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#overall-score')).toHaveText(/^\d+$/);
});

test('a reload mid-way loses nothing and continues where the user left off', async ({ page }) => {
  await open(page);
  await page.locator('#start-btn').click();
  const first = await answerStepByMouse(page, varied);
  await next(page);
  await answerStepByMouse(page, () => 2);
  await page.locator('label[for="q-technical-r1-4"]').waitFor({ state: 'detached' }).catch(() => {});
  await page.reload();
  await expect(page.locator('h1#page-heading')).toHaveText('Professionalism: preparation and dialogue');
  // Back to the first step: the answers are still checked.
  await page.locator('#back-btn').click();
  for (const [id, a] of Object.entries(first)) {
    const dom = `q-${id.replace(/\./g, '-')}`;
    const suffix = a === 'not_applicable' ? 'na' : 'rating' in (a as object) ? (a as { rating: number }).rating : (a as { choice: string }).choice;
    await expect(page.locator(`#${dom}-${suffix}`)).toBeChecked();
  }
  await page.locator('#back-btn').click();
  await expect(page.locator('#start-btn')).toHaveText('Continue where you left off');
  await expect(page.locator('.saved-progress')).toContainText('15 of 52');
  await audit(page, 'start page with saved answers');
  await page.locator('#start-btn').click();
  await expect(page.locator('h1#page-heading')).toHaveText('Technical readiness');
});

test('a skipped dimension is reported as not enough answers, never as zero', async ({ page }) => {
  await open(page);
  await page.locator('#start-btn').click();
  for (let step = 1; step <= 7; step++) {
    if (step !== 3) await answerStepByMouse(page, varied);
    await next(page);
  }
  await expect(page.locator('#review-summary')).toContainText('7 questions are still unanswered');
  await expect(page.locator('.missing-list li')).toHaveCount(7);
  await page.locator('#results-btn').click();
  const card = page.locator('.dim-card[data-dimension="technical"]');
  await expect(card.locator('.band-chip')).toHaveText('Not enough answers');
  await expect(card.locator('.dim-score .score-num')).toHaveCount(0);
  await expect(page.locator('#score-table tbody tr').nth(2)).toContainText('Not enough answers');
  await expect(page.locator('#flags')).toContainText('left out of your overall score');
});

test('answering "always" everywhere raises the straight-lining flag', async ({ page }) => {
  await open(page);
  await page.locator('#start-btn').click();
  for (let step = 1; step <= 7; step++) {
    await answerStepByMouse(page, () => 5);
    await next(page);
  }
  await page.locator('#results-btn').click();
  await expect(page.locator('#flags .flag').first()).toContainText('“Always or almost always”');
});

test('review links jump to the unanswered question', async ({ page }) => {
  await open(page);
  await page.locator('#start-btn').click();
  for (let step = 1; step <= 7; step++) await next(page);
  await page.locator('.missing-link').nth(8).click();
  await expect(page.locator('h1#page-heading')).toHaveText('Professionalism: preparation and dialogue');
  await expect(page.locator('#q-professionalism-r2-1')).toBeFocused();
});
