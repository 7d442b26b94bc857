// The trainer's group view: share links pasted, results combined in the browser, the table
// checked against the core's scores, and a bad line reported.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { audit, open, coreProfile, type Answers } from './helpers';

const q = JSON.parse(readFileSync('content/assessment.en.json', 'utf8'));

function respondent(seed: number): Answers {
  const a: Answers = {};
  let i = 0;
  for (const d of q.dimensions) {
    for (const item of d.items) {
      if (item.kind === 'rating') a[item.id] = { rating: ((seed + (i++ % 3) * seed) % 5) + 1 };
      else a[item.id] = { choice: item.options[seed % item.options.length].id };
    }
  }
  return a;
}

function code(a: Answers): string {
  return execFileSync('cargo', ['run', '-q', '-p', 'assessment', '--example', 'share_code', '--', 'content/assessment.en.json'], {
    input: JSON.stringify(a), encoding: 'utf8',
  }).trim();
}

test('pasted share links give the group profile; a broken line is named', async ({ page, baseURL }) => {
  const people = Array.from({ length: 12 }, (_, i) => respondent(i + 1));
  const links = people.map((a) => `${baseURL}#r=${code(a)}`);
  links.push('https://example.org/#r=not-a-real-code');
  await open(page);
  await page.locator('#history-nav').click();
  await page.locator('#group-open').click();
  await expect(page.locator('h1#page-heading')).toHaveText('Group profile');
  await page.locator('#group-links').fill(links.join('\n'));
  await expect(page.locator('#group-count')).toHaveText('12 results included.');
  await expect(page.locator('.field-error')).toContainText('Line 13:');

  const trust = people.map((a) => coreProfile(a).dimensions[0].exact as number | null).filter((x): x is number => x !== null);
  const mean = trust.reduce((s, x) => s + x, 0) / trust.length;
  await expect(page.locator('tr[data-dimension="trust"] .group-mean')).toHaveText(mean.toFixed(1));
  await expect(page.locator('tr[data-dimension="trust"] td').nth(3)).toHaveText(/95 % interval|Cannot be calculated/);
  await audit(page, 'group view');
});

test('fewer than 10 answers hide reliability; Finnish uses a decimal comma', async ({ page, baseURL }) => {
  const links = [1, 2, 3].map((s) => `${baseURL}#r=${code(respondent(s))}`);
  await open(page, './?lang=fi');
  await page.locator('#history-nav').click();
  await page.locator('#group-open').click();
  await page.locator('#group-links').fill(links.join('\n'));
  await expect(page.locator('tr[data-dimension="trust"] td').nth(3)).toContainText('3');
  await expect(page.locator('#group-overall-mean')).toHaveText(/^\d+,\d$/);
});
