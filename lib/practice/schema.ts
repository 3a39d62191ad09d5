/**
 * The practice profile: the practice's own facts (contact channels, sessions,
 * fees, registrations, privacy contact, the site's name), kept in one file in
 * content/ that staff edit like any article. This zod schema is the one
 * statement of what the file may hold; every object is strict, so a misspelt
 * or invented field is an error, never silently ignored.
 *
 * Every value is optional except the site's name, description and region:
 * pages must read well while the practice has not published a value yet.
 */
import { z } from 'zod';
import { isCalendarDate } from '../content/dates';
import { regulatorIds } from '../regulators';
import { AVAILABILITY_STATUSES } from './availability';
import { RECEIPT_ITEM_IDS } from './receipts';

/** The profile's place in a content folder. */
export const PRACTICE_FILE = 'practice.yaml';

/** North American numbers: ten digits, or eleven starting with 1, written with spaces, dashes, dots or brackets. */
function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '');
  return digits.length === 10 || (digits.length === 11 && digits.startsWith('1'));
}

const text = z.string().trim().min(1);
const phone = z.string().trim().refine(isPhoneNumber, { error: 'is not a phone number' });
const email = z.email({ error: 'is not an email address' });
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full address starting with https://' });
const minutes = z.number({ error: 'should be a number of minutes' }).int().min(5).max(600);
const format = z.enum(['in person', 'video', 'phone']);

const SiteSchema = z.strictObject({
  /** The practice's name, as the site shows it. */
  name: text,
  /** One sentence about the practice, for the home page and search results. */
  description: z.string().trim().min(50).max(160),
  /** Where the practice works, e.g. "Ontario, Canada". */
  region: text,
  /** The production address; the SITE_URL environment variable overrides it. */
  url: httpsUrl.optional(),
  /** Who or what "Tiffany" is, in the practice's words: one or two sentences, shown on the person pages and the home page. */
  aboutName: text.max(300).optional(),
});

const ContactSchema = z.strictObject({
  phone: phone.optional(),
  email: email.optional(),
  bookingUrl: httpsUrl.optional(),
  /** Which channel to use for what, in a sentence or two. */
  howToChoose: text.optional(),
  /** How soon the practice replies, e.g. "within two working days". */
  replyTime: text.optional(),
});

const FirstConversationSchema = z.strictObject({
  /** Whether a first conversation is offered free of charge. */
  free: z.boolean().optional(),
  minutes: minutes.optional(),
  formats: z.array(format).min(1).optional(),
  /** What the conversation is for, in a sentence or two. */
  about: text.optional(),
});

const SessionsSchema = z.strictObject({
  formats: z.array(format).min(1).optional(),
  minutes: minutes.optional(),
  /** City or area where in-person sessions happen. */
  area: text.optional(),
  /** A street address, only if the practice gives one. */
  address: text.optional(),
  /** The accessibility of the space: entrance, washroom, parking, scents. */
  spaceAccessibility: text.optional(),
  languages: z.array(text).min(1).optional(),
  /** Who sessions are for, e.g. "Adults and teens aged 16 and over". */
  ages: text.optional(),
  /** For whom video and phone sessions are (CRPO, electronic practice), e.g. "people who are in Ontario during the session". */
  onlineFor: text.optional(),
});

const price = z.number({ error: 'should be a price in Canadian dollars, written as a number' }).positive().multipleOf(0.01);

const FeeSchema = z.strictObject({
  service: text,
  minutes,
  /** In Canadian dollars. */
  price,
});

const FeesSchema = z.strictObject({
  /** The standardized fee schedule (CRPO standard 6.1). */
  schedule: z.array(FeeSchema).min(1).optional(),
  /** Where the schedule is available if it is not listed here, e.g. "sent on request before the first session". */
  availability: text.optional(),
  /** The cancellation and missed-session policy, including any fee for it. */
  cancellation: text.optional(),
  /** What a receipt carries, e.g. for benefit plans. */
  receipts: text.optional(),
  /** What the practice's receipts show, item by item; checked against the CRPO's list (lib/practice/receipts.ts). */
  receiptShows: z.array(z.enum(RECEIPT_ITEM_IDS)).min(1).optional(),
  /** A reduced fee, considered case by case only (CRPO standard 6.1). */
  slidingScale: z.boolean().optional(),
});

const RegistrationSchema = z.strictObject({
  body: z.enum(regulatorIds as [string, ...string[]]),
  number: z
    .string({ error: 'should be the registration number as text' })
    .trim()
    .regex(/^[A-Za-z0-9-]+$/, { error: 'should be letters and digits only' })
    .optional(),
});

const PhotoSchema = z.strictObject({
  /** A file in public/, written as its address: /images/team/name.jpg */
  src: z
    .string()
    .trim()
    .regex(/^\/[^\s]+\.(jpe?g|png|webp|avif|svg)$/i, { error: 'should be the address of an image in public/, such as /images/team/name.jpg' }),
  alt: z.string({ error: 'is missing: describe the photo for people who cannot see it' }).trim().min(5, { error: 'is too short to describe the photo' }),
});

const day = z.string({ error: 'should be a date written YYYY-MM-DD' }).refine(isCalendarDate, { error: 'is not a date written YYYY-MM-DD' });

const AvailabilitySchema = z.strictObject({
  /** Whether the team member takes new clients. */
  status: z.enum(AVAILABILITY_STATUSES),
  /** The day the status was last confirmed; older than 60 days on the day of a build, it is not shown. */
  updated: day,
  /** With `waitlist`: the approximate wait, e.g. "about six weeks". */
  wait: text.optional(),
  /** What to do meanwhile, e.g. "Ask us about other therapists near you." */
  meanwhile: text.optional(),
});

/** CRPO standard 6.2: an area of practice is advertised only where the therapist has verifiable training for it. */
const TRAINING_RULE = 'CRPO standard 6.2 allows an area of practice to be advertised only where the therapist has verifiable training for it';

const TopicSchema = z.strictObject(
  {
    /** What people come about, in their words: "Grief and loss". */
    topic: text,
    /** The verifiable training that supports it: course or degree, who gave it, the year. */
    training: z
      .string({ error: (issue) => (issue.input === undefined ? `is missing: ${TRAINING_RULE}` : undefined) })
      .trim()
      .min(1, { error: `is empty: ${TRAINING_RULE}` }),
  },
  { error: (issue) => (typeof issue.input === 'string' ? `should name the training that supports it (${TRAINING_RULE})` : undefined) },
);

const FitSchema = z.strictObject({
  /** Who they see, e.g. "Adults and teens aged 16 and over"; the practice's `sessions.ages` when unset. */
  ages: text.optional(),
  /** The practice's `sessions.languages` when unset. */
  languages: z.array(text).min(1).optional(),
  /** The practice's `sessions.formats` when unset. */
  formats: z.array(format).min(1).optional(),
  /** Where they see people in person; the practice's `sessions.area` when unset. */
  places: z.array(text).min(1).optional(),
  /** What people come to them about, each with the training that supports it (CRPO standard 6.2). */
  topics: z.array(TopicSchema).min(1).optional(),
});

const SupervisorSchema = z.strictObject({
  name: text,
  /** Their College title first, then other credentials, e.g. "RP, MTA" (CRPO standard 1.2). */
  title: text.optional(),
});

const TeamMemberSchema = z.strictObject({
  registrations: z.array(RegistrationSchema).min(1).optional(),
  photo: PhotoSchema.optional(),
  availability: AvailabilitySchema.optional(),
  fit: FitSchema.optional(),
  /** The booking system's page for this person; a plain link, never embedded. */
  bookingUrl: httpsUrl.optional(),
  /** For an RP (Qualifying): who supervises their practice. The supervision line shows without it. */
  supervisor: SupervisorSchema.optional(),
});

const PrivacySchema = z.strictObject({
  /** The person who answers privacy questions (PHIPA). */
  name: text.optional(),
  role: text.optional(),
  email: email.optional(),
  phone: phone.optional(),
});

export const PracticeSchema = z.strictObject({
  site: SiteSchema,
  contact: ContactSchema.optional(),
  firstConversation: FirstConversationSchema.optional(),
  sessions: SessionsSchema.optional(),
  fees: FeesSchema.optional(),
  /** Keyed by the team member's file name in content/team/. */
  team: z.record(z.string(), TeamMemberSchema).optional(),
  privacy: PrivacySchema.optional(),
});

export type Practice = z.infer<typeof PracticeSchema>;
export type SessionFormat = z.infer<typeof format>;
export type Fee = z.infer<typeof FeeSchema>;
export type Registration = z.infer<typeof RegistrationSchema>;

/**
 * An example line for each field, shown as the fix when a value is wrong.
 * Keys are dotted paths with `*` for a list index or a team member.
 */
export const fieldExamples: Readonly<Record<string, string>> = {
  'site.name': 'name: Tiffany Music Therapy',
  'site.description': 'description: Music psychotherapy in Ontario: music and words, chosen with you, to support your well-being.',
  'site.region': 'region: Ontario, Canada',
  'site.url': 'url: https://www.example.org',
  'site.aboutName': 'aboutName: The practice takes its name from …',
  'contact.phone': 'phone: 416-555-0100',
  'contact.email': 'email: hello@example.org',
  'contact.bookingUrl': 'bookingUrl: https://booking.example.org/practice',
  'contact.howToChoose': 'howToChoose: Book a first conversation online; email us with any other question.',
  'contact.replyTime': 'replyTime: within two working days',
  'firstConversation.free': 'free: true',
  'firstConversation.minutes': 'minutes: 15',
  'firstConversation.formats': 'formats: [phone, video]',
  'firstConversation.about': 'about: A short talk about what you are looking for, and whether we are a good fit.',
  'sessions.formats': 'formats: [in person, video]',
  'sessions.minutes': 'minutes: 50',
  'sessions.area': 'area: Toronto',
  'sessions.address': 'address: 100 Example Street, Suite 5, Toronto',
  'sessions.spaceAccessibility': 'spaceAccessibility: Step-free entrance and an accessible washroom.',
  'sessions.languages': 'languages: [English, French]',
  'sessions.ages': 'ages: Adults and teens aged 16 and over',
  'sessions.onlineFor': 'onlineFor: people who are in Ontario during the session',
  'fees.schedule': 'schedule: [{ service: Individual session, minutes: 50, price: 150 }]',
  'fees.schedule.*.service': 'service: Individual session',
  'fees.schedule.*.minutes': 'minutes: 50',
  'fees.schedule.*.price': 'price: 150',
  'fees.availability': 'availability: We send our fee schedule on request, before a first session.',
  'fees.cancellation': 'cancellation: Please give 24 hours’ notice; a missed session is charged in full.',
  'fees.receipts': 'receipts: Receipts show the therapist’s name, registration number and the service.',
  'fees.receiptShows': `receiptShows: [${RECEIPT_ITEM_IDS.join(', ')}]`,
  'fees.slidingScale': 'slidingScale: true',
  'team.*.registrations': 'registrations: [{ body: CRPO, number: "12345" }]',
  'team.*.registrations.*.body': `body: ${regulatorIds[0]}`,
  'team.*.registrations.*.number': 'number: "12345"',
  'team.*.photo': 'photo: { src: /images/team/name.jpg, alt: Name smiling beside a piano }',
  'team.*.photo.src': 'src: /images/team/name.jpg',
  'team.*.photo.alt': 'alt: Name smiling beside a piano',
  'team.*.availability': 'availability: { status: accepting, updated: 2026-11-20 }',
  'team.*.availability.status': `status: ${AVAILABILITY_STATUSES.join(' | ')}`,
  'team.*.availability.updated': 'updated: 2026-11-20',
  'team.*.availability.wait': 'wait: about six weeks',
  'team.*.availability.meanwhile': 'meanwhile: Ask us about other therapists near you.',
  'team.*.fit.ages': 'ages: Adults aged 18 and over',
  'team.*.fit.languages': 'languages: [English]',
  'team.*.fit.formats': 'formats: [in person, video]',
  'team.*.fit.places': 'places: [Toronto]',
  'team.*.fit.topics': 'topics: [{ topic: Grief and loss, training: Certificate in grief counselling (Example Institute, 2024) }]',
  'team.*.fit.topics.*': '{ topic: Grief and loss, training: Certificate in grief counselling (Example Institute, 2024) }',
  'team.*.fit.topics.*.topic': 'topic: Grief and loss',
  'team.*.fit.topics.*.training': 'training: Certificate in grief counselling (Example Institute, 2024)',
  'team.*.bookingUrl': 'bookingUrl: https://booking.example.org/name',
  'team.*.supervisor': 'supervisor: { name: Sam Example, title: "RP, MTA" }',
  'team.*.supervisor.name': 'name: Sam Example',
  'team.*.supervisor.title': 'title: RP, MTA',
  'privacy.name': 'name: Alex Example',
  'privacy.role': 'role: Privacy officer',
  'privacy.email': 'email: privacy@example.org',
  'privacy.phone': 'phone: 416-555-0101',
};
