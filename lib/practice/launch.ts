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
}

export function launchGaps({ practice, file, lineOf, siteUrlEnv, teamSlugs }: LaunchInput): Problem[] {
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
  const { contact = {}, privacy = {}, fees = {}, team = {} } = practice;
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
  return gaps;
}

/** Reads the content folder and returns the launch gaps (the profile must already pass its check). */
export async function launchGapsOfFolder(dir: string, env: Record<string, string | undefined>): Promise<Problem[]> {
  const { readPractice } = await import('./load');
  const { readdirSync, existsSync } = await import('node:fs');
  const { formatProblem } = await import('../diagnostics/format');
  const { practice, problems, lineOf, file } = readPractice(dir);
  if (!practice) throw new Error(`The practice profile has problems; fix them first:\n${problems.map(formatProblem).join('\n')}`);
  const teamDir = `${dir}/${documentTypes.TeamMember.folder}`;
  const teamSlugs = existsSync(teamDir)
    ? readdirSync(teamDir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, ''))
    : [];
  return launchGaps({ practice, file, lineOf, siteUrlEnv: env.SITE_URL, teamSlugs });
}
