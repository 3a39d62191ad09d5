/**
 * What a person needs to choose a therapist (issue 18): availability that
 * is hidden once stale, fit with the training behind each topic, a plain
 * booking link, supervision, online sessions, benefits and receipts,
 * concerns, and the safe-contact notice beside email. Checked on the logic in
 * lib/practice/ and on the components rendered with the full and the empty
 * test profile.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { BenefitsAndReceipts, BENEFIT_QUESTIONS } from '@/components/practice/BenefitsAndReceipts';
import { Availability } from '@/components/practice/Availability';
import { Booking } from '@/components/practice/Booking';
import { Concerns } from '@/components/practice/Concerns';
import { CONTACT_CHANNELS_ID, ContactChannels } from '@/components/mdx/ContactChannels';
import { Fit } from '@/components/practice/Fit';
import { OnlineSessions } from '@/components/practice/OnlineSessions';
import { Supervision } from '@/components/practice/Supervision';
import { formatProblem } from '@/lib/diagnostics/format';
import { resolveCredentials } from '@/lib/credentials';
import { availabilityHeadline, buildDay, daysBetween, isStale, shownAvailability, STALE_AFTER_DAYS } from '@/lib/practice/availability';
import { checkPractice } from '@/lib/practice/check';
import { crpoSources } from '@/lib/practice/crpoSources';
import { fitOf } from '@/lib/practice/fit';
import { launchGaps } from '@/lib/practice/launch';
import { missingReceiptItems, RECEIPT_ITEM_IDS, receiptItemWords } from '@/lib/practice/receipts';
import { PracticeSchema } from '@/lib/practice/schema';
import { holdsSupervisedTitle } from '@/lib/credentials';
import { routes } from '@/lib/routes';
import { daysBefore, withAvailabilityUpdated } from '../helpers/profile';

const FILE = 'content/practice.yaml';
const SLUG = 'kaitlyn-kasha';
const context = { publicFiles: new Set(['/icon.svg']), teamSlugs: [SLUG] };
const today = buildDay();
const full = withAvailabilityUpdated(readFileSync('tests/fixtures/practice/full.yaml', 'utf8'), today);
const empty = readFileSync('tests/fixtures/practice/empty.yaml', 'utf8');
const lineOfText = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
const practiceOf = (text: string) => checkPractice(text, FILE, context).practice!;

/** Renders a component as the build would, with `profile` as the content folder's practice.yaml. */
function render<P extends object>(component: FunctionComponent<P>, props: P, profile: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'choosing-'));
  writeFileSync(path.join(dir, 'practice.yaml'), profile);
  process.env.CONTENT_DIR = dir;
  return renderToStaticMarkup(createElement(component, props));
}
const previousContentDir = process.env.CONTENT_DIR;
afterEach(() => {
  if (previousContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previousContentDir;
});
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('availability dates', () => {
  it('counts calendar days, and the day of the build is Toronto’s', () => {
    expect(daysBetween('2026-01-01', '2026-03-02')).toBe(60);
    expect(daysBetween('2026-03-08', '2026-03-09')).toBe(1); // across the change to daylight saving time
    expect(buildDay(new Date('2026-12-01T03:00:00Z'))).toBe('2026-11-30');
    expect(buildDay(new Date('2026-12-01T06:00:00Z'))).toBe('2026-12-01');
  });

  it(`shows a status up to ${STALE_AFTER_DAYS} days old, never one day older`, () => {
    const status = { status: 'accepting' as const, updated: '2026-01-01' };
    expect(isStale(status, '2026-03-02')).toBe(false);
    expect(isStale(status, '2026-03-03')).toBe(true);
    expect(shownAvailability(status, '2026-03-02')).toBe(status);
    expect(shownAvailability(status, '2026-03-03')).toBeUndefined();
    expect(shownAvailability(undefined, '2026-03-03')).toBeUndefined();
  });

  it('says each status in words, with the wait for a waitlist', () => {
    expect(availabilityHeadline({ status: 'waitlist', wait: 'about six weeks' })).toContain('about six weeks');
    expect(new Set(['accepting', 'waitlist', 'not accepting'].map((status) => availabilityHeadline({ status: status as 'accepting' }))).size).toBe(3);
  });
});

describe('the new profile fields in the profile check', () => {
  it('accepts the full fixture with every new field', () => {
    expect(checkPractice(full, FILE, context).problems.map(formatProblem)).toEqual([]);
    const member = practiceOf(full).team![SLUG]!;
    expect(Object.keys(member).sort()).toEqual(['availability', 'bookingUrl', 'fit', 'photo', 'registrations', 'supervisor']);
  });

  it('refuses a topic without training at its line, with the rule', () => {
    const find = '          training: Certificate in grief counselling (Example Institute, 2024)\n';
    expect(full).toContain(find);
    const text = full.replace(find, '');
    const problems = checkPractice(text, FILE, context).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${FILE}:${lineOfText(text, '- topic: Grief and loss')}: team\\.${SLUG}\\.fit\\.topics\\.0\\.training: is missing: CRPO standard 6\\.2`),
    );
    expect(problems[0]).toContain('verifiable training');
    expect(problems[0]).toMatch(/\(write it like `training: .+`\)$/);
  });

  it('refuses a topic written as bare words, naming the rule', () => {
    const text = full.replace(/ {8}- topic: Stress and burnout\n {10}training: .*\n/, '        - Stress and burnout\n');
    const problems = checkPractice(text, FILE, context).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${FILE}:${lineOfText(text, '- Stress and burnout')}: team\\.${SLUG}\\.fit\\.topics\\.1: .*CRPO standard 6\\.2`)),
    ]);
  });

  it.each([
    [
      'an http booking link',
      'bookingUrl: https://booking.example.org/kaitlyn-kasha',
      'bookingUrl: http://booking.example.org/kaitlyn-kasha',
      'bookingUrl',
      'https://',
    ],
    ['an unknown status', 'status: waitlist', 'status: open', 'availability.status', 'is not one of accepting, waitlist, not accepting'],
    ['an impossible date', `updated: ${today}`, 'updated: 2026-02-30', 'availability.updated', 'YYYY-MM-DD'],
  ])('refuses %s at its line', (_name, find, replace, field, words) => {
    expect(full).toContain(find);
    const text = full.replace(find, replace);
    const problems = checkPractice(text, FILE, context).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${FILE}:${lineOfText(text, replace)}: team\\.${SLUG}\\.${field.replace(/\./g, '\\.')}: `));
    expect(problems[0]).toContain(words);
  });

  it('refuses a wait when the status is not a waitlist, at the wait’s line', () => {
    const text = full.replace('status: waitlist', 'status: accepting');
    const problems = checkPractice(text, FILE, context).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${FILE}:${lineOfText(text, 'wait: about six weeks')}: team\\.${SLUG}\\.availability\\.wait: .*“accepting”.*\\(.*status: waitlist`),
      ),
    ]);
  });

  it('refuses a supervisor for someone whose team file does not name them RP (Qualifying)', () => {
    expect(checkPractice(full, FILE, { ...context, supervisedSlugs: [SLUG] }).problems).toEqual([]);
    const problems = checkPractice(full, FILE, { ...context, supervisedSlugs: [] }).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${FILE}:${lineOfText(full, '    supervisor:')}: team\\.${SLUG}\\.supervisor: .*content/team/${SLUG}\\.mdx.*RP \\(Qualifying\\)`),
      ),
    ]);
  });

  it('knows the supervised title in every spelling the CRPO’s list is written in', () => {
    expect(holdsSupervisedTitle(['MTA', 'RP-Q'])).toBe(true);
    expect(holdsSupervisedTitle(['rp (qualifying)'])).toBe(true);
    expect(holdsSupervisedTitle(['RP', 'MTA'])).toBe(false);
  });

  it('suggests the field meant for a misspelt one', () => {
    const text = full.replace('    supervisor:', '    supervisr:');
    expect(checkPractice(text, FILE, context).problems.map(formatProblem)).toEqual([
      `${FILE}:${lineOfText(text, 'supervisr:')}: team.${SLUG}.supervisr: is not a field of the practice profile here (did you mean \`supervisor\`? Rename it)`,
    ]);
  });
});

describe('the launch check on the new fields', () => {
  const gaps = (text: string, day = today) => {
    const { practice, lineOf } = checkPractice(text, FILE, context);
    return launchGaps({ practice: practice!, file: FILE, lineOf, teamSlugs: [SLUG], today: day }).map(formatProblem);
  };

  it('passes the full fixture while its status is fresh', () => {
    expect(gaps(full)).toEqual([]);
    expect(gaps(full, daysBefore(today, -STALE_AFTER_DAYS))).toEqual([]);
  });

  it('lists a status dated 61 days before the build at its line', () => {
    const stale = daysBefore(today, 61);
    const text = withAvailabilityUpdated(full, stale);
    expect(gaps(text)).toEqual([
      expect.stringMatching(new RegExp(`^${FILE}:${lineOfText(text, `updated: ${stale}`)}: team\\.${SLUG}\\.availability\\.updated: .*61 days ago`)),
    ]);
  });

  it('asks for whom online sessions are while video or phone is offered', () => {
    const text = full.replace('  onlineFor: people who are in Ontario during the session\n', '');
    expect(gaps(text)).toEqual([expect.stringMatching(/: sessions\.onlineFor: video or phone sessions are offered/)]);
    expect(
      gaps(
        text
          .replace('formats: [in person, video]\n  minutes', 'formats: [in person]\n  minutes')
          .replace('formats: [in person, video]\n      places', 'formats: [in person]\n      places'),
      ),
    ).toEqual([]);
  });

  it('lists the receipt items the CRPO’s guidance expects and the profile leaves out', () => {
    const text = full.replace(/receiptShows: \[.*\]/, 'receiptShows: [therapist name, amount, date]');
    expect(gaps(text)).toEqual([
      expect.stringMatching(/fees\.receiptShows: leaves out .*college title, registration number, service and length, client name and address/),
    ]);
    expect(missingReceiptItems([...RECEIPT_ITEM_IDS])).toEqual([]);
  });

  it('lists, on the empty profile, each value a choosing client needs', () => {
    const fields = gaps(empty).map((line) => /^[^:]+:\d+: ([^:]+): /.exec(line)?.[1]);
    expect(fields).toEqual(['site.url', 'contact', 'privacy.name', 'privacy', 'fees.schedule', `team.${SLUG}.registrations`, 'fees.receiptShows']);
  });
});

describe('the fit', () => {
  it('falls back to the practice’s sessions for what the member does not give', () => {
    const practice = PracticeSchema.parse({ ...practiceOf(full), team: { [SLUG]: { fit: { topics: [{ topic: 'Grief', training: 'A course' }] } } } });
    const fit = fitOf(practice, SLUG);
    expect(fit.languages).toEqual(practice.sessions!.languages);
    expect(fit.formats).toEqual(practice.sessions!.formats);
    expect(fit.places).toEqual([practice.sessions!.area]);
    expect(fit.ages).toBe(practice.sessions!.ages);
  });
});

const qualifying = { slug: SLUG, name: 'Kaitlyn Kasha', credentials: resolveCredentials(['RP (Qualifying)', 'MMT']).credentials };
const registered = { ...qualifying, credentials: resolveCredentials(['RP', 'MMT']).credentials };

describe('rendered with the full test profile', () => {
  const practice = practiceOf(full);
  const member = practice.team![SLUG]!;

  it('shows the availability with its date as a <time>, and hides it once stale', () => {
    const html = render(Availability, { slug: SLUG }, full);
    expect(html).toContain(`<time dateTime="${today}">`);
    expect(textOf(html)).toContain(member.availability!.wait);
    expect(textOf(html)).toContain(member.availability!.meanwhile);
    expect(textOf(render(Availability, { slug: SLUG, compact: true }, full))).not.toContain(member.availability!.meanwhile);
    expect(render(Availability, { slug: SLUG }, withAvailabilityUpdated(full, daysBefore(today, 61)))).toBe('');
  });

  it('lists each topic with its training', () => {
    const html = render(Fit, { slug: SLUG, firstName: 'Kaitlyn' }, full);
    for (const { topic, training } of member.fit!.topics!) {
      expect(textOf(html)).toContain(topic);
      expect(textOf(html)).toContain(`Training: ${training}`);
    }
    for (const language of member.fit!.languages!) expect(textOf(html)).toContain(language);
  });

  it('links the booking page as a plain link naming its site, beside phone and email', () => {
    const html = render(Booking, { slug: SLUG, name: 'Kaitlyn Kasha' }, full);
    const host = new URL(member.bookingUrl!).host;
    expect(html).toContain(`href="${member.bookingUrl}"`);
    expect(textOf(html)).toContain(`on ${host}`);
    expect(html).not.toMatch(/<(script|iframe|img|link|object|embed)\b/);
    expect(html).toContain(`href="mailto:${practice.contact!.email}"`);
    expect(html).toContain('data-email-notice');
  });

  it('says an RP (Qualifying) practises under supervision, supervisor named with the College title first', () => {
    const html = render(Supervision, { person: qualifying }, full);
    expect(textOf(html)).toContain('practises under clinical supervision, as the College requires');
    expect(textOf(html)).toContain(`${member.supervisor!.name}, ${member.supervisor!.title}`);
    expect(html).toContain(`href="${crpoSources.supervision}"`);
    expect(render(Supervision, { person: registered }, full)).toBe('');
  });

  it('lists the benefit questions and every receipt item, citing the CRPO', () => {
    const html = render(BenefitsAndReceipts, {}, full);
    for (const question of BENEFIT_QUESTIONS) expect(textOf(html)).toContain(question);
    for (const id of practice.fees!.receiptShows!) expect(html).toContain(receiptItemWords[id]);
    expect(html).toContain(`href="${crpoSources.receipts}"`);
    expect(textOf(html)).not.toMatch(/will (pay|cover)\b(?! it)/i);
  });

  it('says for whom online sessions are', () => {
    expect(textOf(render(OnlineSessions, {}, full))).toContain(`Video and phone sessions are for ${practice.sessions!.onlineFor}.`);
  });

  it('links the College’s complaints page and the practice’s channels, without repeating them or their email notice', () => {
    const html = render(Concerns, {}, full);
    expect(html).toContain(`href="${crpoSources.complaints}"`);
    expect(html).toContain('id="concerns"');
    // next/link drops the trailing slash before a #fragment outside a Next build; the built page keeps it.
    expect(html).toMatch(new RegExp(`href="${routes.contact.replace(/\/$/, '')}/?#${CONTACT_CHANNELS_ID}"`));
    expect(render(ContactChannels, {}, full)).toContain(`id="${CONTACT_CHANNELS_ID}"`);
    expect(html).not.toMatch(/mailto:|tel:|data-email-notice/);
  });

  it('shows the reply time and “not for emergencies” once in the contact card, in the email notice', () => {
    const text = textOf(render(ContactChannels, {}, full));
    expect(text.split(practice.contact!.replyTime!).length - 1).toBe(1);
    expect(text.match(/emergenc/gi)).toHaveLength(1);
    expect(text.match(/not private/g)).toHaveLength(1);
  });
});

describe('rendered with the empty test profile', () => {
  it('shows no empty label: nothing where there is no value, one sentence where a client needs one', () => {
    expect(render(Availability, { slug: SLUG }, empty)).toBe('');
    expect(render(Fit, { slug: SLUG, firstName: 'Kaitlyn' }, empty)).toBe('');
    expect(render(Booking, { slug: SLUG, name: 'Kaitlyn Kasha' }, empty)).toBe('');
    expect(render(OnlineSessions, {}, empty)).toBe('');
    expect(textOf(render(Supervision, { person: qualifying }, empty))).toMatch(/practises under clinical supervision, as the College requires\.$/);
    const benefits = textOf(render(BenefitsAndReceipts, {}, empty));
    expect(benefits).toContain('ask us what our receipts show');
    expect(benefits).not.toContain('Our receipts show');
    const concerns = render(Concerns, {}, empty);
    expect(concerns).not.toMatch(/mailto:|tel:/);
    expect(concerns).toContain(`href="${crpoSources.complaints}"`);
  });
});
