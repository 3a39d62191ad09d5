/**
 * "Is this a fit for me?": a team member's ages, languages, formats and
 * places, each falling back to the practice's sessions when the member gives
 * none, and the topics people come to them about, each with its training.
 * Pure, so the person page and the tests read the same answer.
 */
import type { Practice, SessionFormat } from './schema';

export interface ResolvedFit {
  readonly ages?: string;
  readonly languages: readonly string[];
  readonly formats: readonly SessionFormat[];
  readonly places: readonly string[];
  readonly topics: readonly { readonly topic: string; readonly training: string }[];
}

export function fitOf(practice: Practice, slug: string): ResolvedFit {
  const fit = practice.team?.[slug]?.fit ?? {};
  const sessions = practice.sessions ?? {};
  return {
    ages: fit.ages ?? sessions.ages,
    languages: fit.languages ?? sessions.languages ?? [],
    formats: fit.formats ?? sessions.formats ?? [],
    places: fit.places ?? (sessions.area ? [sessions.area] : []),
    topics: fit.topics ?? [],
  };
}

export function isEmptyFit(fit: ResolvedFit): boolean {
  return !fit.ages && fit.languages.length === 0 && fit.formats.length === 0 && fit.places.length === 0 && fit.topics.length === 0;
}

const ONLINE: readonly SessionFormat[] = ['video', 'phone'];

/** Whether the profile offers sessions by video or phone anywhere: the practice's or any team member's formats. */
export function offersOnline(practice: Practice): boolean {
  const lists = [practice.sessions?.formats ?? [], ...Object.values(practice.team ?? {}).map((m) => m.fit?.formats ?? [])];
  return lists.some((formats) => formats.some((f) => ONLINE.includes(f)));
}
