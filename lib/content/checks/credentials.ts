/**
 * Credentials as the regulators require: every one a team member lists is in
 * lib/credentials/table.ts, never "Dr.", one College title at a time; a
 * glossary entry for a credential uses the table's name and form. A list in
 * another order than the site shows is a warning.
 */
import type { Problem } from '../../diagnostics/problem';
import { didYouMeanThis, closest } from '../../diagnostics/suggest';
import { credentialLine, findCredential, knownCredentialNames, resolveCredentials } from '../../credentials';
import { credentials } from '../../credentials/table';

/** What the credential checks need of a content file: plain data, no parsing. */
export interface CredentialSource {
  readonly file: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly keyLines: ReadonlyMap<string, number>;
}

const DOCTOR = /^(?:dr\.?|doctor)$/i;

function suggestion(name: string): string {
  const guess = closest(name, [...knownCredentialNames, ...credentials.flatMap((c) => c.aliases)]);
  const credential = guess === undefined ? undefined : findCredential(guess);
  return credential ? `${didYouMeanThis(`\`${credential.abbreviation}\``, 'Otherwise')} ` : '';
}

/**
 * Errors: a team member's credential the table does not know, two College
 * titles at once, and a glossary entry for a credential whose name or
 * abbreviation differs from the table.
 */
export function credentialProblems(sources: readonly CredentialSource[]): Problem[] {
  const problems: Problem[] = [];
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
          rule: DOCTOR.test(name) ? 'credentials.doctor' : 'credentials.unknown',
          message: DOCTOR.test(name)
            ? `“${name}” is not a credential: the CRPO does not allow “Dr.” or “doctor” for anyone providing psychotherapy (CRPO standard 1.2)`
            : `“${name}” is not a credential the site knows`,
          fix: DOCTOR.test(name)
            ? 'remove it; list a doctorate as the degree, such as PhD'
            : `${suggestion(name)}use one of: ${knownCredentialNames.join(', ')}; or ask a developer to add it to lib/credentials/table.ts`,
        });
      }
      const titles = known.filter((c) => c.kind === 'college title');
      if (titles.length > 1) {
        problems.push({
          file: source.file,
          line: at('credentials'),
          field: 'credentials',
          rule: 'credentials.two-titles',
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
          rule: 'credentials.glossary-abbreviation',
          message: `“${source.data.abbreviation}” is not the form the ${credential.grantedBy.regulator ?? 'granting body'} uses`,
          fix: `write \`abbreviation: ${credential.abbreviation}\``,
        });
      }
      if (typeof source.data.term === 'string' && source.data.term.trim() !== credential.fullName) {
        problems.push({
          file: source.file,
          line: at('term'),
          field: 'term',
          rule: 'credentials.glossary-term',
          message: `“${source.data.term}” differs from the name of the ${credential.abbreviation} credential in lib/credentials/table.ts`,
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
export function credentialWarnings(sources: readonly CredentialSource[]): Problem[] {
  const warnings: Problem[] = [];
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
      rule: 'credentials.order',
      message: `are written “${known.join(', ')}” and shown as “${shown}”: the College title first, in the CRPO’s form (CRPO standard 1.2), then degrees, then certifications; this is a warning, not an error`,
      fix: `write \`credentials: [${shown}]\``,
    });
  }
  return warnings;
}
