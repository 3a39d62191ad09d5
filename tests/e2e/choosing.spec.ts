/**
 * What a person needs to choose a therapist (issue 18), in the browser, on a
 * copy of the site built once with the full test profile (its availability
 * dated the day of the build) and served like `npm start`: availability with
 * its date, fit topics with their training (and found by search), a booking
 * link that the page never contacts, benefits and receipts, online sessions,
 * supervision, concerns, and the email notice beside every mailto: link on
 * every page, of that site and of the site in out/. The launch check runs on
 * a stale status and on the empty profile, which need no build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { BENEFIT_QUESTIONS } from '../../components/practice/BenefitsAndReceipts';
import { buildDay } from '../../lib/practice/availability';
import { crpoSources } from '../../lib/practice/crpoSources';
import { receiptItemWords } from '../../lib/practice/receipts';
import { PracticeSchema } from '../../lib/practice/schema';
import { routes } from '../../lib/routes';
import { daysBefore, withAvailabilityUpdated } from '../helpers/profile';
import { copySite, type SiteCopy } from '../helpers/siteCopy';
import { builtPages } from './pages';

// Relative, as the build expects its OUT_DIR (like tests/build/profile.test.ts).
const ROOT = '.test-choosing';
const SITE = path.join(ROOT, 'full');
const SLUG = 'kaitlyn-kasha';
const today = buildDay();
const fullText = withAvailabilityUpdated(readFileSync('tests/fixtures/practice/full.yaml', 'utf8'), today);
const full = PracticeSchema.parse(parse(fullText));
const member = full.team![SLUG]!;
const bookingHost = new URL(member.bookingUrl!).host;

/** A copy of the real content with another profile (tests/helpers/siteCopy.ts), built without SITE_URL. */
function siteWith(dir: string, profile: string): SiteCopy {
  const copy = copySite({ content: `${dir}/content`, out: `${dir}/out`, env: { SITE_URL: '' } });
  writeFileSync(`${copy.content}/practice.yaml`, profile);
  return copy;
}

const pagesOf = (out: string) =>
  readdirSync(out, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();

/** Every mailto: link on the page that has no safe-contact notice beside it (inside the same [data-safe-email]). */
async function mailtoWithoutNotice(page: Page): Promise<string[]> {
  return page.locator('a[href^="mailto:"]').evaluateAll((links) =>
    links
      .filter((link) => {
        const notice = link.closest('[data-safe-email]')?.querySelector('[data-email-notice]');
        return !notice || !notice.querySelector('a[href="/help-now/"]') || !/not private/.test(notice.textContent ?? '');
      })
      .map((link) => link.outerHTML),
  );
}

test.describe('built with the full test profile', () => {
  test.describe.configure({ mode: 'serial' });
  let server: ChildProcess;
  let base = '';

  test.beforeAll(async () => {
    // One whole build: on a busy two-core machine it can take several minutes.
    test.setTimeout(900_000);
    const build = await siteWith(SITE, fullText).run('scripts/build.ts');
    expect(build.code, build.output.slice(-2000)).toBe(0);
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', `${SITE}/out`, '--port', '0', '--host', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    base = await new Promise<string>((resolve, reject) => {
      server.stdout!.on('data', (chunk: Buffer) => {
        const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
        if (match) resolve(match[1]!);
      });
      server.once('exit', (code) => reject(new Error(`the server stopped with ${code}`)));
    });
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  test('every mailto: link on every page has the email notice beside it, with the reply time', async ({ page }) => {
    test.setTimeout(300_000); // every page of the site, one after another
    const pages = pagesOf(`${SITE}/out`);
    let links = 0;
    for (const url of pages) {
      await page.goto(base + url);
      links += await page.locator('a[href^="mailto:"]').count();
      expect(await mailtoWithoutNotice(page), url).toEqual([]);
    }
    // The full profile has email addresses: the check above has links to check.
    expect(links).toBeGreaterThan(3);
    await page.goto(base + routes.contact);
    await expect(page.locator('[data-email-notice]').first()).toContainText(full.contact!.replyTime!);
    // The contact page shows the address once, so it says the warning once (issue 18's leftover).
    await expect(page.locator('[data-email-notice]')).toHaveCount(1);
    expect((await page.locator('main').innerText()).match(/not private/g)).toHaveLength(1);
  });

  test('the person page shows availability, supervision, fit with training and booking, and makes no request to the booking site', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).host));
    await page.goto(base + routes.person(SLUG));
    await page.waitForLoadState('load');
    const availability = page.locator('[data-availability]');
    await expect(availability).toContainText(member.availability!.wait!);
    await expect(availability.locator(`time[datetime="${today}"]`)).toHaveCount(1);
    await expect(page.locator('[data-supervision]')).toContainText('practises under clinical supervision, as the College requires');
    await expect(page.locator('[data-supervision]')).toContainText(`${member.supervisor!.name}, ${member.supervisor!.title}`);
    const topics = page.locator('[data-fit-topics] li');
    await expect(topics).toHaveCount(member.fit!.topics!.length);
    for (const [i, { topic, training }] of member.fit!.topics!.entries()) {
      await expect(topics.nth(i)).toContainText(topic);
      await expect(topics.nth(i)).toContainText(training);
    }
    const booking = page.locator('[data-booking]').getByRole('link', { name: new RegExp(bookingHost.replace(/\./g, '\\.')) });
    await expect(booking).toHaveAttribute('href', member.bookingUrl!);
    expect(requested.filter((host) => host === bookingHost)).toEqual([]);
    expect(await page.locator(`script[src*="${bookingHost}"], iframe, frame`).count()).toBe(0);
    const profile = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Record<string, unknown>);
    const profilePage = profile.find((d) => d['@type'] === 'ProfilePage') as { mainEntity: Record<string, unknown> } | undefined;
    expect(profilePage?.mainEntity).toMatchObject({ '@type': 'Person', worksFor: { '@type': 'Organization' } });
    expect(profilePage?.mainEntity.hasCredential).toBeDefined();
    expect(profilePage?.mainEntity.identifier).toEqual(
      member.registrations!.map((r) => ({ '@type': 'PropertyValue', propertyID: `${r.body} registration number`, value: r.number })),
    );
  });

  test('the team and home pages show the availability with its date', async ({ page }) => {
    for (const url of [routes.team, routes.home]) {
      await page.goto(base + url);
      await expect(page.locator('[data-availability]').locator(`time[datetime="${today}"]`), url).toHaveCount(1);
    }
  });

  test('search finds a therapist by what people come to them about', async ({ page }) => {
    const topic = member.fit!.topics![0]!.topic;
    await page.goto(`${base}${routes.search}?q=${encodeURIComponent(topic.split(' ')[0]!)}`);
    await expect(page.locator('#search-results li a').first()).toBeVisible();
    expect(await page.locator('#search-results li a').evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toContain(routes.person(SLUG));
  });

  test('the fees page lists the benefit questions, what receipts show, and for whom online sessions are', async ({ page }) => {
    await page.goto(base + routes.fees);
    const benefits = page.locator('[data-benefits]');
    for (const question of BENEFIT_QUESTIONS) await expect(benefits).toContainText(question);
    for (const id of full.fees!.receiptShows!) await expect(benefits.locator('[data-receipt-items]')).toContainText(receiptItemWords[id]);
    await expect(benefits.locator(`a[href="${crpoSources.receipts}"]`)).toHaveCount(1);
    await expect(page.locator('table')).toHaveCount(1); // the fee schedule stays
    for (const url of [routes.fees, routes.gettingStarted]) {
      await page.goto(base + url);
      await expect(page.locator('[data-online-sessions]'), url).toContainText(full.sessions!.onlineFor!);
    }
  });

  test('the footer leads to the concerns section, which links the College’s page', async ({ page }) => {
    await page.goto(base + routes.home);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Concerns and complaints' }).click();
    await expect(page).toHaveURL(new RegExp(`${routes.contact}#concerns$`));
    const concerns = page.locator('[data-concerns]');
    await expect(concerns.getByRole('heading', { name: 'Concerns and complaints' })).toBeVisible();
    await expect(concerns.locator(`a[href="${crpoSources.complaints}"]`)).toHaveCount(1);
    await expect(concerns).toContainText('College of Registered Psychotherapists of Ontario');
  });
});

test('on the site in out/, every mailto: link has the email notice, and no choosing block is an empty label', async ({ page }) => {
  test.setTimeout(300_000); // every page of the site, one after another
  for (const url of builtPages()) {
    await page.goto(url);
    expect(await mailtoWithoutNotice(page), url).toEqual([]);
    for (const block of [
      '[data-availability]',
      '[data-fit]',
      '[data-booking]',
      '[data-supervision]',
      '[data-online-sessions]',
      '[data-benefits]',
      '[data-concerns]',
    ]) {
      for (const text of await page.locator(block).allTextContents()) expect(text.trim().length, `${block} on ${url}`).toBeGreaterThan(20);
    }
  }
});

test('the launch check lists a status dated 61 days before the build, and each value the empty profile lacks', async () => {
  test.setTimeout(120_000);
  const stale = daysBefore(today, 61);
  const check = await siteWith(path.join(ROOT, 'stale'), withAvailabilityUpdated(fullText, stale)).run('scripts/check-launch.ts');
  expect(check.code).toBe(1);
  expect(check.output).toMatch(
    new RegExp(`practice\\.yaml:\\d+: team\\.${SLUG}\\.availability\\.updated: the status was last updated on ${stale}, 61 days ago`),
  );
  const empty = await siteWith(path.join(ROOT, 'empty'), readFileSync('tests/fixtures/practice/empty.yaml', 'utf8')).run('scripts/check-launch.ts');
  expect(empty.code).toBe(1);
  for (const field of ['site.url', 'contact', 'privacy.name', 'fees.schedule', `team.${SLUG}.registrations`, 'fees.receiptShows']) {
    expect(empty.output).toMatch(new RegExp(`practice\\.yaml:\\d+: ${field.replace(/\./g, '\\.')}: `));
  }
});
