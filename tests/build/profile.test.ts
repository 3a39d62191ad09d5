/**
 * The practice profile end to end: the real content built twice as second
 * sites, once with a profile where every value is set (reserved example
 * values only) and once with an empty one. Every value must show where it
 * should, with working links; unset values must never show as blanks. Also:
 * the launch check on both, and a renamed featured article.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScriptRun } from '../helpers/runScript';
import { copySite, type SiteCopy, type SiteCopyOptions } from '../helpers/siteCopy';
import { withAvailabilityUpdated } from '../helpers/profile';
import { buildDay } from '@/lib/practice/availability';
import { parse as parseHtmlDocument, type DefaultTreeAdapterMap } from 'parse5';
import { parseFile } from '@/lib/content/frontmatter';
import { feeInWords, formatPrice, NOT_PUBLISHED, practiceAnswer, telHref } from '@/lib/practice/describe';
import { PracticeSchema, type Practice } from '@/lib/practice/schema';
import { regulators, type RegulatorId } from '@/lib/regulators';
import { routes } from '@/lib/routes';

const ROOT = '.test-profile';
const full: Practice = PracticeSchema.parse(parse(readFileSync('tests/fixtures/practice/full.yaml', 'utf8')));
const home = parseFile(readFileSync('content/home/home.mdx', 'utf8')).data!;

/** The copies, by folder: each is a site of its own, built without SITE_URL. */
const copies = new Map<string, SiteCopy>();
const run = (script: string, site: string, env: Record<string, string> = {}) => copies.get(site)!.run(script, { env });

function copyInto(site: string, options: Partial<SiteCopyOptions> = {}): string {
  copies.set(site, copySite({ content: `${site}/content`, out: `${site}/out`, env: { SITE_URL: '' }, ...options }));
  return site;
}

function siteWith(name: string, profile: string): string {
  const site = copyInto(`${ROOT}/${name}`, { add: { [profile]: 'practice.yaml' } });
  // Availability is shown for 60 days after its date: dated today, the full profile stays fresh on any day.
  const file = `${site}/content/practice.yaml`;
  writeFileSync(file, withAvailabilityUpdated(readFileSync(file, 'utf8'), buildDay(), { ifAny: true }));
  return site;
}

/** A built page's HTML. */
const html = (site: string, url: string) => readFileSync(path.join(site, 'out', url, 'index.html'), 'utf8');
/** Elements that start a new line of text, so their words do not run into their neighbours'. */
const BLOCKS = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'aside',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'br',
  'caption',
  'table',
]);
type HtmlNode = DefaultTreeAdapterMap['node'];
function words(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (node.nodeName === 'script' || node.nodeName === 'template' || !('childNodes' in node)) return '';
  const inner = node.childNodes.map(words).join('');
  return BLOCKS.has(node.nodeName) ? ` ${inner} ` : inner;
}
/** A built page's visible text, read with the HTML parser, spaces collapsed. */
const text = (markup: string) => words(parseHtmlDocument(markup)).replace(/\s+/g, ' ').trim();
/** The JSON-LD blocks of a page, parsed. */
const jsonLd = (markup: string) =>
  [...markup.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
const pagesOf = (site: string) =>
  readdirSync(`${site}/out`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f, html: readFileSync(path.join(site, 'out', f), 'utf8') }));

let fullSite: string;
let emptySite: string;
const builds: Record<string, ScriptRun> = {};

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  fullSite = siteWith('full', 'tests/fixtures/practice/full.yaml');
  emptySite = siteWith('empty', 'tests/fixtures/practice/empty.yaml');
  builds.full = await run('scripts/build.ts', fullSite);
  builds.empty = await run('scripts/build.ts', emptySite);
  // Two whole builds: on a busy two-core machine each can take several minutes.
}, 1_200_000);

describe('built with every profile value set', () => {
  it('builds', () => {
    expect(builds.full!.output).toContain('Built the site into');
    expect(builds.full!.code).toBe(0);
  });

  it('shows each contact channel as a working link, with when to use which', () => {
    const contact = full.contact!;
    for (const url of [routes.contact, routes.gettingStarted, routes.accessibility]) {
      const page = html(fullSite, url);
      expect(page, url).toContain(`href="${telHref(contact.phone!)}"`);
      expect(page, url).toContain(`href="mailto:${contact.email}"`);
      expect(page, url).toContain(`href="${contact.bookingUrl}"`);
      expect(text(page), url).toContain(contact.howToChoose);
      expect(text(page), url).toContain(contact.replyTime);
    }
  });

  it('shows the fee schedule as a table with headers, and every practical detail', () => {
    const page = html(fullSite, routes.fees);
    const table = page.match(/<table[\s\S]*?<\/table>/)?.[0] ?? '';
    expect(table).toMatch(/<caption>/);
    expect(table.match(/<th scope="col">/g)).toHaveLength(3);
    for (const fee of full.fees!.schedule!) {
      expect(text(table)).toContain(fee.service);
      expect(text(table)).toContain(`${fee.minutes} minutes`);
      expect(text(table)).toContain(formatPrice(fee.price));
    }
    const words = text(page);
    const { sessions, fees } = full;
    for (const value of [
      fees!.availability,
      fees!.cancellation,
      fees!.receipts,
      sessions!.area,
      sessions!.address,
      sessions!.spaceAccessibility,
      sessions!.ages,
      ...sessions!.languages!,
      `${sessions!.minutes} minutes`,
    ]) {
      expect(words).toContain(value);
    }
    expect(words).not.toMatch(/not published/);
  });

  it('names the privacy contact with working links', () => {
    const page = html(fullSite, routes.privacy);
    const privacy = full.privacy!;
    expect(text(page)).toContain(`Our privacy contact is ${privacy.name}, ${privacy.role}.`);
    expect(page).toContain(`href="mailto:${privacy.email}"`);
    expect(page).toContain(`href="${telHref(privacy.phone!)}"`);
  });

  it('links each registration to its public register, and shows the photo with its alt text and size', () => {
    for (const [slug, member] of Object.entries(full.team!)) {
      const page = html(fullSite, routes.person(slug));
      for (const { body, number } of member.registrations!) {
        const item = page.match(new RegExp(`<li data-registration="${body}">[\\s\\S]*?</li>`))?.[0] ?? '';
        expect(text(item)).toContain(`number ${number}`);
        expect(item).toContain(`href="${regulators[body as RegulatorId].register.url}"`);
      }
      const photo = member.photo!;
      expect(page).toMatch(new RegExp(`<img src="${photo.src}" alt="${photo.alt}" width="\\d+" height="\\d+"`));
    }
  });

  it('marks up each practical question in FAQPage data exactly as its visible answer', () => {
    const page = html(fullSite, routes.faq);
    const data = jsonLd(page).find((d) => d['@type'] === 'FAQPage')!;
    const sections = page.split('<section').slice(1);
    const questions = data.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
    expect(questions.length).toBe(readdirSync('content/faq').length);
    for (const q of questions) {
      const section = sections.find((s) => text(s).includes(q.name));
      expect(section, q.name).toBeDefined();
      expect(text(section!), q.name).toContain(q.acceptedAnswer.text);
    }
    expect(questions.map((q) => q.acceptedAnswer.text).join(' ')).toContain(practiceAnswer('cost', full).answer);
    expect(text(page)).toContain(feeInWords(full.fees!.schedule![0]!));
  });

  it('puts the first step, the practical details and the featured article on the home page', () => {
    const page = html(fullSite, routes.home);
    expect(page.match(/<a[^>]*data-first-step[^>]*>/)?.[0]).toContain(`href="${routes.gettingStarted}"`);
    expect(text(page)).toContain(`${full.sessions!.minutes}-minute sessions`);
    expect(text(page)).toContain(`Fees from ${formatPrice(Math.min(...full.fees!.schedule!.map((f) => f.price)))}`);
    expect(page).toContain(`href="${routes.article(String(home.featured))}"`);
  });

  it('says who “Tiffany” is on each person page and on the home page, once each', () => {
    for (const url of [routes.home, ...readdirSync('content/team').map((f) => routes.person(f.replace(/\.mdx$/, '')))]) {
      expect(text(html(fullSite, url)).split(full.site.aboutName!).length - 1, url).toBe(1);
    }
  });

  it('passes the launch check with an https address', async () => {
    const check = await run('scripts/check-launch.ts', fullSite);
    expect(check.output).toContain('Ready to launch');
    expect(check.code).toBe(0);
  });
});

describe('built with an empty profile', () => {
  it('builds', () => {
    expect(builds.empty!.output).toContain('Built the site into');
    expect(builds.empty!.code).toBe(0);
  });

  it('shows no blank value, no "undefined", no dangling "Call us at" and no link to nowhere on any page', () => {
    for (const { file, html: page } of pagesOf(emptySite)) {
      const words = text(page);
      expect(words, file).not.toMatch(/\bundefined\b|\bnull\b|NaN/);
      expect(words, file).not.toMatch(/Call us at\s*[.,]|(Phone|Email|Fee|Where|Languages):\s*(\.|$|<)/i);
      expect(page, file).not.toMatch(/href="(#?|tel:|mailto:|https?:\/\/)"/);
      expect(page, file).not.toMatch(/<dd>\s*<\/dd>|<td>\s*<\/td>|<li>\s*<\/li>/);
    }
  });

  it('says on the contact, getting-started and fees pages what is not published yet and what to do instead', () => {
    for (const url of [routes.contact, routes.gettingStarted, routes.fees]) {
      const words = text(html(emptySite, url));
      expect(words, url).toMatch(/not published on this website yet/);
      expect(words, url).toMatch(/ask|look up/i);
    }
    expect(html(emptySite, routes.contact)).toContain(`href="${regulators.CRPO.register.url}"`);
    expect(html(emptySite, routes.fees)).not.toContain('<table');
  });

  it('names a missing value at most once a page, and shows no question it cannot answer', () => {
    for (const { file, html: page } of pagesOf(emptySite)) {
      expect(text(page).split(NOT_PUBLISHED).length - 1, file).toBeLessThanOrEqual(1);
    }
    const shown = text(html(emptySite, routes.faq));
    const faq = readdirSync('content/faq').map((f) => parseFile(readFileSync(`content/faq/${f}`, 'utf8')));
    for (const { data, body } of faq) expect(shown.includes(String(data!.question)), String(data!.question)).toBe(body.trim() !== '');
  });

  it('says nothing about the name while the profile does not', () => {
    for (const { file, html: page } of pagesOf(emptySite)) expect(page, file).not.toContain('data-about-name');
  });

  it('marks up no practical question that the profile does not answer', () => {
    const page = html(emptySite, routes.faq);
    expect(page).toContain('FAQPage');
    const questions = (jsonLd(page).find((d) => d['@type'] === 'FAQPage')!.mainEntity as { name: string }[]).map((q) => q.name);
    const faq = readdirSync('content/faq').map((f) => parseFile(readFileSync(`content/faq/${f}`, 'utf8')));
    // Questions answered only by the profile (an empty body) are left out; those with their own text stay.
    for (const { data, body } of faq) expect(questions.includes(String(data!.question)), String(data!.question)).toBe(body.trim() !== '');
    expect(questions.length).toBeGreaterThan(0);
  });

  it('fails the launch check, naming each missing value', async () => {
    const check = await run('scripts/check-launch.ts', emptySite);
    expect(check.code).toBe(1);
    for (const field of ['site.url', 'contact', 'privacy.name', 'privacy', 'fees.schedule', 'team.kaitlyn-kasha.registrations']) {
      expect(check.output).toMatch(new RegExp(`${emptySite}/content/practice\\.yaml:\\d+: ${field.replace(/\./g, '\\.')}: `));
    }
    // Each question left off the questions page (answered only by the profile) is listed with its file.
    const leftOff = readdirSync('content/faq').filter((f) => parseFile(readFileSync(`content/faq/${f}`, 'utf8')).body.trim() === '');
    expect(leftOff.length).toBeGreaterThan(0);
    for (const f of leftOff) expect(check.output).toContain(`${emptySite}/content/faq/${f}:1: answerFrom: `);
  });
});

describe('the featured article', () => {
  it('renamed, stops the build with a message naming the home file and field, never a broken link', async () => {
    const site = copyInto(`${ROOT}/renamed`, { from: `${emptySite}/content` });
    const featured = String(home.featured);
    renameSync(`${site}/content/posts/${featured}.mdx`, `${site}/content/posts/${featured}-renamed.mdx`);
    const build = await run('scripts/build.ts', site);
    expect(build.code).toBe(1);
    expect(build.output).toMatch(
      new RegExp(`${site}/content/home/home\\.mdx:\\d+: featured: “${featured}” is not a known article \\(did you mean \`${featured}-renamed\`\\?\\)`),
    );
    expect(existsSync(`${site}/out`)).toBe(false);
  });
});
