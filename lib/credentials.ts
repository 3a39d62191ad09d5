/**
 * The credentials the site knows, as data: what each stands for, who grants
 * it, where the public can check it, and where it goes in a list. Bylines,
 * team cards, person pages and structured data all render credentials from
 * this table, so the College title always comes first, in the College's own
 * words (CRPO standard 1.2), and the MTA is always the CAMT's certification.
 *
 * Team members list their credentials in content/team/ in any order; an
 * alias such as "RP-Q" is accepted and shown in the regulator's form. A
 * glossary entry for a credential explains it to readers in plain words; its
 * `term` must be the credential's full name here (the content check says so),
 * so the name is written once.
 *
 * Only credentials whose name and granting body are public, settled facts are
 * listed. "Dr." is not one: a psychotherapist may not use it (CRPO standard
 * 1.2), so a PhD is listed as a degree, never as a title before the name.
 */
import { closest } from './content/suggest';
import { regulators, type Regulator, type RegulatorId } from './regulators';

export type CredentialKind = 'college title' | 'degree' | 'certification' | 'designation';

export interface Credential {
  /** The form the site shows, the granting body's own: "RP (Qualifying)", "MTA". */
  readonly abbreviation: string;
  /** Other spellings writers may type, shown as `abbreviation`. Case, spaces and full stops never matter ("Ph.D." is PhD). */
  readonly aliases: readonly string[];
  /** What it stands for, in the body's own words. */
  readonly fullName: string;
  readonly kind: CredentialKind;
  /** The body that grants it, and its public register or list when the site knows one. */
  readonly grantedBy: { readonly name: string; readonly regulator?: RegulatorId };
  /**
   * Its place in a list: lower comes first. The College title is first (CRPO
   * standard 1.2); then degrees, highest first; then certifications and
   * other designations. Equal ranks keep the order the writer gave.
   */
  readonly rank: number;
}

const RANK = { collegeTitle: 0, doctorate: 10, masters: 20, bachelors: 30, certification: 40, designation: 50 } as const;

const university = { name: 'a university' } as const;

export const credentials: readonly Credential[] = [
  {
    abbreviation: 'RP',
    aliases: [],
    fullName: 'Registered Psychotherapist',
    kind: 'college title',
    grantedBy: { name: regulators.CRPO.name, regulator: 'CRPO' },
    rank: RANK.collegeTitle,
  },
  {
    abbreviation: 'RP (Qualifying)',
    // The CRPO accepts no other short form ("No other abbreviations or variations are acceptable").
    aliases: ['RP-Q', 'RPQ', 'RP (Q)'],
    fullName: 'Registered Psychotherapist (Qualifying)',
    kind: 'college title',
    grantedBy: { name: regulators.CRPO.name, regulator: 'CRPO' },
    rank: RANK.collegeTitle,
  },
  { abbreviation: 'PhD', aliases: [], fullName: 'Doctor of Philosophy', kind: 'degree', grantedBy: university, rank: RANK.doctorate },
  { abbreviation: 'MMT', aliases: [], fullName: 'Master of Music Therapy', kind: 'degree', grantedBy: university, rank: RANK.masters },
  { abbreviation: 'MA', aliases: [], fullName: 'Master of Arts', kind: 'degree', grantedBy: university, rank: RANK.masters },
  { abbreviation: 'MMus', aliases: [], fullName: 'Master of Music', kind: 'degree', grantedBy: university, rank: RANK.masters },
  { abbreviation: 'BMT', aliases: [], fullName: 'Bachelor of Music Therapy', kind: 'degree', grantedBy: university, rank: RANK.bachelors },
  { abbreviation: 'BMus', aliases: [], fullName: 'Bachelor of Music', kind: 'degree', grantedBy: university, rank: RANK.bachelors },
  {
    abbreviation: 'MTA',
    aliases: [],
    // The CAMT's own form since 2016: "Certified Music Therapist (MTA)".
    fullName: 'Certified Music Therapist',
    kind: 'certification',
    grantedBy: { name: regulators.CAMT.name, regulator: 'CAMT' },
    rank: RANK.certification,
  },
  {
    abbreviation: 'CCC',
    aliases: [],
    fullName: 'Canadian Certified Counsellor',
    kind: 'certification',
    grantedBy: { name: 'Canadian Counselling and Psychotherapy Association' },
    rank: RANK.certification,
  },
  {
    abbreviation: 'MT-BC',
    aliases: [],
    fullName: 'Music Therapist–Board Certified',
    kind: 'certification',
    grantedBy: { name: 'Certification Board for Music Therapists' },
    rank: RANK.certification,
  },
  {
    abbreviation: 'NMT',
    aliases: [],
    fullName: 'Neurologic Music Therapist',
    kind: 'designation',
    grantedBy: { name: 'Academy of Neurologic Music Therapy' },
    rank: RANK.designation,
  },
  {
    abbreviation: 'FAMI',
    aliases: [],
    fullName: 'Fellow of the Association for Music and Imagery',
    kind: 'designation',
    grantedBy: { name: 'Association for Music and Imagery' },
    rank: RANK.designation,
  },
];

/** How writers may type a credential: letters compared without case, spaces or full stops. */
function key(text: string): string {
  return text.toLowerCase().replace(/[\s.]/g, '');
}

const byKey = new Map<string, Credential>(credentials.flatMap((c) => [c.abbreviation, ...c.aliases].map((name) => [key(name), c] as const)));

/** The credential a writer's spelling names ("RP-Q", "rp (qualifying)"), or undefined. */
export function findCredential(written: string): Credential | undefined {
  return byKey.get(key(written));
}

/** The forms the site shows, for messages that list the known credentials. */
export const knownCredentialNames: readonly string[] = credentials.map((c) => c.abbreviation);

/** The regulator or association behind a credential, with its public register or list, when the site knows one. */
export function regulatorOf(credential: Credential): Regulator | undefined {
  return credential.grantedBy.regulator ? regulators[credential.grantedBy.regulator] : undefined;
}

/**
 * The body with a public register or list behind an abbreviation the site
 * explains: the body itself ("CRPO") or a credential's ("RP", "MTA").
 */
export function regulatorFor(abbreviation: string): Regulator | undefined {
  const body = (Object.keys(regulators) as RegulatorId[]).find((id) => id === abbreviation);
  if (body) return regulators[body];
  const credential = findCredential(abbreviation);
  return credential ? regulatorOf(credential) : undefined;
}

/** Credentials in the order the site shows them: the College title first, then by rank; equal ranks keep the given order. */
export function inDisplayOrder<T extends { readonly credential: Credential }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.credential.rank - b.item.credential.rank || a.index - b.index)
    .map(({ item }) => item);
}

export interface ResolvedCredentials {
  /** The known credentials, in display order, without repeats. */
  readonly credentials: Credential[];
  /** Entries that name no known credential, as written. */
  readonly unknown: string[];
}

/** Reads a team member's `credentials:` list: known ones in display order, and what could not be read. */
export function resolveCredentials(written: readonly string[]): ResolvedCredentials {
  const found: { credential: Credential }[] = [];
  const unknown: string[] = [];
  for (const name of written) {
    const credential = findCredential(name);
    if (!credential) unknown.push(name);
    else if (!found.some((f) => f.credential === credential)) found.push({ credential });
  }
  return { credentials: inDisplayOrder(found).map((f) => f.credential), unknown };
}

/** "RP (Qualifying), MMT, MTA": a credential list as one line of text. */
export function credentialLine(list: readonly Credential[]): string {
  return list.map((c) => c.abbreviation).join(', ');
}

// ── Content checks ───────────────────────────────────────────────────────────

/** What the credential checks need of a content file: plain data, no parsing. */
export interface CredentialSource {
  readonly file: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly keyLines: ReadonlyMap<string, number>;
}

export interface CredentialFinding {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

const DOCTOR = /^(?:dr\.?|doctor)$/i;

function suggestion(name: string): string {
  const guess = closest(name, [...knownCredentialNames, ...credentials.flatMap((c) => c.aliases)]);
  const credential = guess === undefined ? undefined : findCredential(guess);
  return credential ? `did you mean \`${credential.abbreviation}\`? Otherwise ` : '';
}

/**
 * Errors: a team member's credential the table does not know, two College
 * titles at once, and a glossary entry for a credential whose name or
 * abbreviation differs from the table.
 */
export function credentialProblems(sources: readonly CredentialSource[]): CredentialFinding[] {
  const problems: CredentialFinding[] = [];
  for (const source of sources) {
    const at = (field: string) => source.keyLines.get(field) ?? 1;
    if (source.type === 'TeamMember' && Array.isArray(source.data.credentials)) {
      const written = source.data.credentials.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim());
      const { credentials: known, unknown } = resolveCredentials(written);
      for (const name of unknown) {
        problems.push({
          file: source.file,
          line: at('credentials'),
          field: 'credentials',
          message: DOCTOR.test(name)
            ? `“${name}” is not a credential: the CRPO does not allow “Dr.” or “doctor” for anyone providing psychotherapy (CRPO standard 1.2)`
            : `“${name}” is not a credential the site knows`,
          fix: DOCTOR.test(name)
            ? 'remove it; list a doctorate as the degree, such as PhD'
            : `${suggestion(name)}use one of: ${knownCredentialNames.join(', ')}; or ask a developer to add it to lib/credentials.ts`,
        });
      }
      const titles = known.filter((c) => c.kind === 'college title');
      if (titles.length > 1) {
        problems.push({
          file: source.file,
          line: at('credentials'),
          field: 'credentials',
          message: `lists ${titles.map((c) => c.abbreviation).join(' and ')}; a registrant holds one College title at a time`,
          fix: 'keep the title on the CRPO’s public register',
        });
      }
    }
    if (source.type === 'GlossaryTerm' && typeof source.data.abbreviation === 'string') {
      const credential = findCredential(source.data.abbreviation);
      if (!credential) continue;
      if (source.data.abbreviation.trim() !== credential.abbreviation) {
        problems.push({
          file: source.file,
          line: at('abbreviation'),
          field: 'abbreviation',
          message: `“${source.data.abbreviation}” is not the form the ${credential.grantedBy.regulator ?? 'granting body'} uses`,
          fix: `write \`abbreviation: ${credential.abbreviation}\``,
        });
      }
      if (typeof source.data.term === 'string' && source.data.term.trim() !== credential.fullName) {
        problems.push({
          file: source.file,
          line: at('term'),
          field: 'term',
          message: `“${source.data.term}” differs from the name of the ${credential.abbreviation} credential in lib/credentials.ts`,
          fix: `write \`term: ${credential.fullName}\`, or change both together`,
        });
      }
    }
  }
  return problems;
}

/**
 * Warnings, not errors: a credential list written in another order than the
 * site shows it, or with an alias. The page is right either way (it renders
 * in display order); the warning keeps the file telling the same story.
 */
export function credentialWarnings(sources: readonly CredentialSource[]): CredentialFinding[] {
  const warnings: CredentialFinding[] = [];
  for (const source of sources) {
    if (source.type !== 'TeamMember' || !Array.isArray(source.data.credentials)) continue;
    const written = source.data.credentials.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim());
    const known = written.filter((name) => findCredential(name));
    const shown = credentialLine(resolveCredentials(known).credentials);
    if (known.join(', ') === shown) continue;
    warnings.push({
      file: source.file,
      line: source.keyLines.get('credentials') ?? 1,
      field: 'credentials',
      message: `are written “${known.join(', ')}” and shown as “${shown}”: the College title first, in the CRPO’s form (CRPO standard 1.2), then degrees, then certifications; this is a warning, not an error`,
      fix: `write \`credentials: [${shown}]\``,
    });
  }
  return warnings;
}
