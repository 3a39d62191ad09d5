/**
 * Finding and ordering credentials: a writer's spelling ("RP-Q") to the
 * credential in lib/credentials/table.ts, the regulator behind it, and the
 * order a list is shown in (the College title first, CRPO standard 1.2).
 */
import { regulators, type Regulator, type RegulatorId } from '../regulators';
import { credentials, type Credential } from './table';

export type { Credential } from './table';

/** How writers may type a credential: letters compared without case, spaces or full stops. */
function key(text: string): string {
  return text.toLowerCase().replace(/[\s.]/g, '');
}

const byKey = new Map<string, Credential>(credentials.flatMap((c) => [c.abbreviation, ...c.aliases].map((name) => [key(name), c] as const)));

/** The credential a writer's spelling names ("RP-Q", "rp (qualifying)"), or undefined. */
export function findCredential(written: string): Credential | undefined {
  return byKey.get(key(written));
}

/** The College title whose holders practise under clinical supervision (CRPO), and so the only one with a supervisor. */
export const SUPERVISED_TITLE = 'RP (Qualifying)';

/** True when a writer's list of credentials includes the supervised College title, in any accepted spelling. */
export function holdsSupervisedTitle(written: readonly string[]): boolean {
  return written.some((c) => findCredential(c)?.abbreviation === SUPERVISED_TITLE);
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
function inDisplayOrder<T extends { readonly credential: Credential }>(items: readonly T[]): T[] {
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
