// Shared helpers for the end-to-end tests: answering steps as a person would, the axe audit,
// and scoring the same answers with the core crate for comparison.
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';

export type Answers = Record<string, { rating: number } | 'not_applicable' | { choice: string }>;

/** Opens the app and waits until the first page is rendered. */
export async function open(page: Page, path = './') {
  await page.goto(path);
  await expect(page.locator('h1#page-heading')).toBeVisible();
}

/**
 * Whether the top edge of `locator` is inside the viewport right now (no retrying): with reduced
 * motion the app's scroll is instant, so this sees where a page change left the view.
 */
export async function topInSight(locator: Locator) {
  return locator.evaluate((el) => el.getBoundingClientRect().top >= 0);
}

/** Runs axe-core (WCAG 2.0-2.2 A/AA) on the current page and expects zero violations. */
export async function audit(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * Answers every question of the current step with the mouse. `rating(i)` picks the value (1-5 or
 * 'na') for the i-th rating item of the whole run; judgement items take option `choice`.
 * Returns the answers given, keyed by item id.
 */
export async function answerStepByMouse(
  page: Page,
  rating: (id: string, index: number) => number | 'na',
  choice: (id: string) => string = () => 'a',
  offset = 0,
): Promise<Answers> {
  const answers: Answers = {};
  const items = page.locator('fieldset.item');
  const count = await items.count();
  let n = offset;
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const id = (await item.getAttribute('data-item'))!;
    const domId = (await item.getAttribute('id'))!;
    if (await item.evaluate((el) => el.classList.contains('item-rating'))) {
      const v = rating(id, n++);
      await page.locator(`label[for="${domId}-${v}"]`).click();
      answers[id] = v === 'na' ? 'not_applicable' : { rating: v };
    } else {
      const c = choice(id);
      await page.locator(`label[for="${domId}-${c}"]`).click();
      answers[id] = { choice: c };
    }
  }
  return answers;
}

/** Clicks Next (or "Review answers" on the last step) and waits for the new heading to take focus. */
export async function next(page: Page) {
  const before = await page.locator('h1#page-heading').textContent();
  await page.locator('#next-btn').click();
  await expect(page.locator('h1#page-heading')).not.toHaveText(before ?? '');
}

/** Scores `answers` with the core crate's `score` example: the ground truth for the page. */
export function coreProfile(answers: Answers, lang = 'en') {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'assessment', '--example', 'score', '--', `content/assessment.${lang}.json`], {
    input: JSON.stringify(answers),
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** A varied but deterministic rating pattern (no straight-lining). */
export const varied = (_id: string, i: number) => ((i * 7) % 5) + 1;

/** Starts the assessment, answers all seven steps with `rating` and opens the results. */
export async function finish(page: Page, rating: (id: string, i: number) => number | 'na' = varied) {
  await page.locator('#start-btn').click();
  for (let step = 1; step <= 7; step++) {
    await answerStepByMouse(page, rating);
    await next(page);
  }
  await page.locator('#results-btn').click();
  await expect(page.locator('#overall-score')).toBeVisible();
}
