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
  readonly register: {
    readonly label: string;
    readonly url: string;
    /** The label without the body's name, for a link set after the (marked-up) abbreviation: "the CRPO’s [public register]". */
    readonly noun: string;
  };
}

export const regulators: Readonly<Record<RegulatorId, Regulator>> = {
  CRPO: {
    id: 'CRPO',
    name: 'College of Registered Psychotherapists of Ontario',
    kind: 'college',
    // The CRPO's "Public Register" page: what the register holds, and the search by name.
    register: { label: 'the CRPO’s public register', noun: 'public register', url: 'https://www.crpo.ca/find-a-registered-psychotherapist/' },
  },
  CAMT: {
    id: 'CAMT',
    name: 'Canadian Association of Music Therapists',
    kind: 'association',
    // The CAMT's home page, from which its list of certified music therapists is reached; the
    // list's own address could not be confirmed, so the link goes no deeper than the site.
    register: { label: 'the CAMT’s list of certified music therapists', noun: 'list of certified music therapists', url: 'https://www.musictherapy.ca/' },
  },
};

export const regulatorIds = Object.keys(regulators) as RegulatorId[];
