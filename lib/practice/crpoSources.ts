/**
 * The College's own pages that the site's choosing-a-therapist text rests
 * on, in one place: the pages link to them and docs/publishing.md cites
 * them. Public facts about the College, not about the practice; check them
 * when the College changes its website.
 */
export const crpoSources = {
  /** "Fees and billing": what a receipt should include. */
  receipts: 'https://crpo.ca/resource-articles/i-am-an-rp-and-i-am-opening-a-private-practice-im-confused-about-fees-and-billing/',
  /** Clients confirm their coverage with their benefits provider before services begin. */
  benefits: 'https://crpo.ca/resource-articles/when-preparing-invoices-and-receipts-for-insurance-billing-purposes-what-names-should-be-included/',
  /** Every Qualifying certificate carries the condition to practise with clinical supervision. */
  supervision: 'https://www.crpo.ca/updating-clinical-experience-hours/',
  /** A client outside Ontario: the rules of the client's jurisdiction apply too. */
  electronicPractice: 'https://crpo.ca/resource-articles/out-of-province-i-practise-in-ontario-but-have-a-client-outside-of-ontario-who-wants-to-work-with-me/',
  /** How to file a complaint about a Registered Psychotherapist. */
  complaints: 'https://www.crpo.ca/filing-a-complaint-about-a-member/',
} as const;
