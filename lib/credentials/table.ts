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
 * The lookup (aliases, display order) is lib/credentials/index.ts; the
 * content checks are lib/content/checks/credentials.ts.
 *
 * Only credentials whose name and granting body are public, settled facts are
 * listed. "Dr." is not one: a psychotherapist may not use it (CRPO standard
 * 1.2), so a PhD is listed as a degree, never as a title before the name.
 */
import { regulators, type RegulatorId } from '../regulators';

type CredentialKind = 'college title' | 'degree' | 'certification' | 'designation';

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
