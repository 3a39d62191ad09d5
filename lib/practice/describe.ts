/**
 * The profile's values as words and links, for the pages and for the FAQ's
 * structured data. Pure, so that a visible answer and its FAQPage text come
 * from the same function. Unset values give `undefined`, never a blank.
 */
import type { Fee, Practice, SessionFormat } from './schema';
import type { PracticeTopic } from './topics';

const list = new Intl.ListFormat('en-CA', { style: 'long', type: 'conjunction' });
const alternatives = new Intl.ListFormat('en-CA', { style: 'long', type: 'disjunction' });
const money = new Intl.NumberFormat('en-CA', { style: 'currency', currency: 'CAD' });

/** `416-555-0123` → `tel:+14165550123`. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `tel:+${digits.length === 10 ? `1${digits}` : digits}`;
}

export function formatPrice(price: number): string {
  return `${money.format(price)} CAD`.replace(/^CA\$/, '$');
}

const formatWords: Record<SessionFormat, string> = { 'in person': 'in person', video: 'by video', phone: 'by phone' };

export function formatsInWords(formats: readonly SessionFormat[]): string {
  return alternatives.format(formats.map((f) => formatWords[f]));
}

export function listInWords(items: readonly string[]): string {
  return list.format(items);
}

export function feeInWords(fee: Fee): string {
  return `${fee.service}, ${fee.minutes} minutes: ${formatPrice(fee.price)}`;
}

/**
 * The one way the site says a value is not published yet: one sentence
 * naming what is missing and the one thing to do instead. Every page and
 * component that has a gap says it through this, and says it once.
 */
const ASK_ABOUT_IT = 'You can ask about it when you get in touch.';
const ASK_ABOUT_THEM = 'You can ask about them when you get in touch.';

export function notPublished(what: string, options: { plural?: boolean; instead?: string } = {}): string {
  const { plural = false, instead = plural ? ASK_ABOUT_THEM : ASK_ABOUT_IT } = options;
  return `${capitalise(what)} ${plural ? 'are' : 'is'} ${NOT_PUBLISHED}. ${instead}`;
}

/** Whether a sentence is the site's "not published" sentence (for tests and the launch check's counts). */
export const NOT_PUBLISHED = 'not published on this website yet';

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface PracticeAnswer {
  /** The answer in sentences, when the profile has it. */
  readonly answer?: string;
  /** What to do while it is not published. */
  readonly instead: string;
}

/** The answer to a practical question, from the profile only. */
export function practiceAnswer(topic: PracticeTopic, practice: Practice): PracticeAnswer {
  const { fees = {}, sessions = {} } = practice;
  switch (topic) {
    case 'cost': {
      const schedule = fees.schedule?.map(feeInWords);
      const parts = [
        schedule && `Our fees are: ${schedule.join('; ')}.`,
        !schedule && fees.availability,
        fees.slidingScale === true && 'If the fee is a barrier for you, please ask: we consider a reduced fee case by case.',
      ].filter(Boolean);
      return {
        answer: schedule || fees.availability ? parts.join(' ') : undefined,
        instead: notPublished('our fee schedule', { instead: 'You can ask for it when you get in touch; you will have it before your first session.' }),
      };
    }
    case 'receipts':
      return {
        answer: fees.receipts,
        instead: notPublished('what our receipts show', {
          instead: 'If you plan to claim through a benefit plan, ask us before your first session and check with your plan which providers it covers.',
        }),
      };
    case 'length':
      return {
        answer: sessions.minutes ? `A session lasts ${sessions.minutes} minutes.` : undefined,
        instead: notPublished('the length of a session'),
      };
    case 'format':
      return {
        answer: sessions.formats ? `Sessions take place ${formatsInWords(sessions.formats)}.` : undefined,
        instead: notPublished('whether sessions are online, by phone or in person'),
      };
    case 'where': {
      const where = [
        sessions.area && `We see clients in person in ${sessions.area}.`,
        sessions.address && `The address is ${sessions.address}.`,
        sessions.spaceAccessibility,
      ].filter(Boolean);
      return {
        answer: where.length > 0 ? where.join(' ') : undefined,
        instead: notPublished('where sessions take place'),
      };
    }
    case 'ages': {
      const parts = [
        sessions.ages && `${sessions.ages.replace(/\.$/, '')}.`,
        sessions.languages && `Sessions are in ${listInWords(sessions.languages)}.`,
      ].filter(Boolean);
      return {
        answer: parts.length > 0 ? parts.join(' ') : undefined,
        instead: notPublished('the ages we see and the languages we work in', { plural: true }),
      };
    }
    case 'first-conversation':
      return {
        answer: firstConversationInWords(practice),
        instead: notPublished('whether we offer a free first conversation'),
      };
    case 'cancellation':
      return {
        answer: fees.cancellation,
        instead: notPublished('our cancellation and missed-session policy', { instead: 'Please ask about it before your first session.' }),
      };
  }
}

export function firstConversationInWords(practice: Practice): string | undefined {
  const { free, minutes, formats, about } = practice.firstConversation ?? {};
  const how = [free === true ? 'free' : undefined, minutes ? `about ${minutes} minutes long` : undefined].filter(Boolean);
  const first =
    free === undefined && !minutes && !formats
      ? undefined
      : `The first conversation${how.length > 0 ? ` is ${listInWords(how as string[])}` : ''}${formats ? `${how.length > 0 ? ', and' : ''} takes place ${formatsInWords(formats)}` : ''}.`;
  const parts = [first, about].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** A question on the questions page: its text, body, and the practical topic that answers it, if any. */
export interface QuestionEntry {
  readonly question: string;
  readonly answerText: string;
  readonly answerFrom?: string;
}

/**
 * Whether a question has an answer to show: its own text, or the profile's
 * answer. A question answered only by an unset value is left out of the
 * questions page and its data, and the launch check lists it.
 */
export function isAnswered(entry: QuestionEntry, practice: Practice): boolean {
  const topic = entry.answerFrom as PracticeTopic | undefined;
  return entry.answerText.trim() !== '' || (topic !== undefined && practiceAnswer(topic, practice).answer !== undefined);
}

/**
 * The FAQPage entries: each answer's text, with the profile's answer after
 * the body's. A question whose answer comes only from the profile, and which
 * the profile does not answer yet, is left out rather than marked up empty.
 */
export function answeredQuestions<E extends QuestionEntry>(entries: readonly E[], practice: Practice): { question: string; answerText: string }[] {
  return entries
    .map((entry) => {
      const topic = entry.answerFrom as PracticeTopic | undefined;
      const fromProfile = topic ? practiceAnswer(topic, practice).answer : undefined;
      return { question: entry.question, answerText: [entry.answerText, fromProfile].filter(Boolean).join(' ') };
    })
    .filter((entry) => entry.answerText !== '');
}
