/**
 * The bodies that regulate or certify the practice's therapists, with the
 * public register or list where anyone can look a person up. One place, so
 * that credentials, registration numbers and pages link to the same address.
 *
 * The register addresses are public facts about the bodies, not about the
 * practice; check them when a body changes its website.
 */
export type RegulatorId = 'CRPO' | 'CAMT';

export interface Regulator {
  readonly id: RegulatorId;
  readonly name: string;
  /** Whether the body regulates a profession (a College) or certifies members (an association). */
  readonly kind: 'college' | 'association';
  /** The public register or list, and what to call it in a link. */
  readonly register: { readonly label: string; readonly url: string };
}

export const regulators: Readonly<Record<RegulatorId, Regulator>> = {
  CRPO: {
    id: 'CRPO',
    name: 'College of Registered Psychotherapists of Ontario',
    kind: 'college',
    register: { label: 'the CRPO’s public register', url: 'https://www.crpo.ca/' },
  },
  CAMT: {
    id: 'CAMT',
    name: 'Canadian Association of Music Therapists',
    kind: 'association',
    register: { label: 'the CAMT’s list of certified music therapists', url: 'https://www.musictherapy.ca/' },
  },
};

export const regulatorIds = Object.keys(regulators) as RegulatorId[];
