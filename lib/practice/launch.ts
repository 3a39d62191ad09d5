/**
 * The launch check: the values a live site needs and the profile still lacks,
 * each as a problem with its file, line and fix. Pure: `npm run
 * check:launch` and `npm start` read the files and print the result.
 */
import type { Problem } from '../diagnostics/problem';
import { documentTypes } from '../content/schema';
import { chosenSiteUrl } from './siteUrl';
import { regulators } from '../regulators';
import type { Practice } from './schema';
import { isAnswered, type QuestionEntry } from './describe';
import { buildDay, daysBetween, isStale, STALE_AFTER_DAYS } from './availability';
import { offersOnline } from './fit';
import { missingReceiptItems } from './receipts';

export interface LaunchInput {
  readonly practice: Practice;
  /** Path of the profile as shown to staff, e.g. `content/practice.yaml`. */
  readonly file: string;
  /** The line of a field in the profile (the nearest existing parent when it is missing). */
  readonly lineOf: (path: readonly (string | number)[]) => number;
  /** SITE_URL from the environment, if set. */
  readonly siteUrlEnv?: string;
  /** File names (without .mdx) of the team members in content/team/. */
  readonly teamSlugs: readonly string[];
  /** The questions of content/faq/, with their file; one answered only by an unset value is left off the questions page. */
  readonly questions?: readonly (QuestionEntry & { readonly file: string })[];
  /** The day of the build, YYYY-MM-DD in the publishing time zone; today when unset. */
  readonly today?: string;
}

export function launchGaps({ practice, file, lineOf, siteUrlEnv, teamSlugs, questions = [], today = buildDay() }: LaunchInput): Problem[] {
  const gaps: Problem[] = [];
  const gap = (path: readonly (string | number)[], field: string, message: string, fix: string) =>
    gaps.push({ file, line: lineOf(path), field, rule: 'launch.gap', message, fix });

  const url = chosenSiteUrl(siteUrlEnv, practice.site.url);
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || parsed.protocol !== 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) {
    gap(
      ['site', 'url'],
      'site.url',
      `the site's address is ${url}, not a production address over https`,
      'set `url: https://…` under site, or the SITE_URL environment variable where the site is built',
    );
  }
  const { contact = {}, privacy = {}, fees = {}, team = {}, sessions = {} } = practice;
  if (!contact.phone && !contact.email && !contact.bookingUrl) {
    gap(['contact'], 'contact', 'has no way to reach the practice', 'set at least one of `phone`, `email` or `bookingUrl` under contact');
  }
  if (!privacy.name) gap(['privacy', 'name'], 'privacy.name', 'the privacy contact person is not named (PHIPA)', 'set `name` under privacy');
  if (!privacy.email && !privacy.phone) gap(['privacy'], 'privacy', 'there is no way to reach the privacy contact', 'set `email` or `phone` under privacy');
  if (!fees.schedule && !fees.availability) {
    gap(
      ['fees'],
      'fees.schedule',
      'there is no fee schedule, nor a statement of where it is available (CRPO standard 6.1)',
      'list `schedule` under fees, or say where it is available in `availability`',
    );
  }
  for (const slug of teamSlugs) {
    const registrations = team[slug]?.registrations ?? [];
    const college = registrations.find((r) => regulators[r.body as keyof typeof regulators]?.kind === 'college');
    if (!college?.number) {
      gap(
        ['team', slug],
        `team.${slug}.registrations`,
        `${slug} has no College registration number`,
        'add `registrations: [{ body: CRPO, number: "…" }]` under the team member',
      );
    }
  }
  for (const question of questions.filter((q) => !isAnswered(q, practice))) {
    gaps.push({
      file: question.file,
      line: 1,
      field: 'answerFrom',
      rule: 'launch.unanswered-question',
      message: `“${question.question}” is left off the questions page: the profile does not answer it (${question.answerFrom}) yet`,
      fix: `set the profile's value for ${question.answerFrom} in ${file}, or give the question an answer of its own`,
    });
  }
  choosingGaps(practice, today, gap);
  if (contact.email && !contact.replyTime) {
    gap(
      ['contact', 'replyTime'],
      'contact.replyTime',
      'the notice beside every email address cannot say how soon the practice replies',
      'set `replyTime` under contact, e.g. `replyTime: within two working days`',
    );
  }
  if (offersOnline(practice) && !sessions.onlineFor) {
    gap(
      ['sessions', 'onlineFor'],
      'sessions.onlineFor',
      'video or phone sessions are offered, but not for whom (CRPO, electronic practice: where the client is during the session matters)',
      'set `onlineFor` under sessions, e.g. `onlineFor: people who are in Ontario during the session`',
    );
  }
  return gaps;
}

type Gap = (path: readonly (string | number)[], field: string, message: string, fix: string) => void;

/** What a person choosing a therapist needs: a fresh availability for each member, and what receipts show. */
function choosingGaps(practice: Practice, today: string, gap: Gap): void {
  for (const [slug, member] of Object.entries(practice.team ?? {})) {
    const availability = member.availability;
    if (availability && isStale(availability, today)) {
      gap(
        ['team', slug, 'availability', 'updated'],
        `team.${slug}.availability.updated`,
        `the status was last updated on ${availability.updated}, ${daysBetween(availability.updated, today)} days ago, so the site does not show it (older than ${STALE_AFTER_DAYS} days)`,
        `confirm the status and set \`updated: ${today}\``,
      );
    }
  }
  const shows = practice.fees?.receiptShows;
  if (!shows) {
    gap(
      ['fees', 'receiptShows'],
      'fees.receiptShows',
      'what the practice’s receipts show is not stated (people ask it before claiming from a benefit plan)',
      'list the items under fees, e.g. `receiptShows: [therapist name, college title, registration number, amount, date, service and length, client name and address]`',
    );
  } else {
    const missing = missingReceiptItems(shows);
    if (missing.length > 0) {
      gap(
        ['fees', 'receiptShows'],
        'fees.receiptShows',
        `leaves out what the CRPO’s guidance says a receipt includes: ${missing.join(', ')}`,
        'add them to the receipts, then to `receiptShows`',
      );
    }
  }
}

/** Reads the content folder and returns the launch gaps (the profile must already pass its check). */
export async function launchGapsOfFolder(dir: string, env: Record<string, string | undefined>): Promise<Problem[]> {
  const { readPractice } = await import('./load');
  const { readdirSync, existsSync, readFileSync } = await import('node:fs');
  const { formatProblem } = await import('../diagnostics/format');
  const { practice, problems, lineOf, file } = readPractice(dir);
  if (!practice) throw new Error(`The practice profile has problems; fix them first:\n${problems.map(formatProblem).join('\n')}`);
  const teamDir = `${dir}/${documentTypes.TeamMember.folder}`;
  const teamSlugs = existsSync(teamDir)
    ? readdirSync(teamDir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, ''))
    : [];
  const { parseFile } = await import('../content/frontmatter');
  const faqDir = `${dir}/faq`;
  const questions = existsSync(faqDir)
    ? readdirSync(faqDir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => {
          const parsed = parseFile(readFileSync(`${faqDir}/${f}`, 'utf8'));
          const data = parsed.data ?? {};
          return { file: `${faqDir}/${f}`, question: String(data.question ?? f), answerText: parsed.body, answerFrom: data.answerFrom as string | undefined };
        })
    : [];
  return launchGaps({ practice, file, lineOf, siteUrlEnv: env.SITE_URL, teamSlugs, questions });
}
