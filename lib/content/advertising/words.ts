/**
 * The word classes the advertising rules are built from, as regular
 * expression sources (no flags, no capture groups). A rule names a category of
 * claim by combining classes ("a ranking word before a word for a provider"),
 * so a new way of writing the same claim is caught without a new phrase.
 */

const alt = (...words: string[]) => `(?:${words.join('|')})`;

/** The practice, its people and its services: what a claim is about. */
export const PROVIDER = String.raw`(?:music\s+)?(?:therapists?|psychotherapists?|counsell?ors?|clinics?|providers?|experts?|specialists?|team|centres?|centers?|practitioners?|studios?)`;
export const SERVICE = String.raw`(?:(?:music\s+)?(?:therapy|psychotherapy)|care|services?|treatment|support|programs?|programmes?)`;
/** A provider or service, optionally after a word that narrows it ("best *qualified* therapist", "top *mental health* clinic"). */
export const SUBJECT = String.raw`(?:(?:(?:qualified|trained|possible|local|online|private|mental\s+health|psychotherapy|music\s+therapy|\w+-based)\s+)?(?:${PROVIDER}|${SERVICE}))`;
/** Places a ranking claims to cover: "the best in Ontario", "Toronto's leading". */
export const PLACE = String.raw`(?:the\s+)?(?:city|town|province|country|region|area|gta|neighbou?rhood|ontario|canada|toronto|ottawa|hamilton|mississauga|london|kingston|guelph|waterloo|kitchener|barrie|sudbury|windsor|[a-z]+\s+(?:region|county|valley))`;

/** "the best therapist for you is one you feel safe with", "the best support for grief is often time": advice about fit, not a claim. */
export const NOT_FOR_YOU = String.raw`(?!\s+(?:for\s+(?:you|your|each|every|them|him|her|a|an)|of\s+(?:you|your|them))\b)(?!\s+for\s+(?:\w+\s+){1,3}(?:is|are|may|might|can|often)\b)`;

/** Words that rank: "best", "top", "#1", "premier" … ("leading" has a rule of its own: it is also a verb). */
export const RANKING = alt(
  'best',
  'finest',
  'greatest',
  'premier',
  'foremost',
  'top(?:[- ](?:rated|ranked|notch|tier|quality))?',
  'highest[- ](?:rated|ranked|quality)',
  'best[- ](?:rated|reviewed|ranked)',
  'elite',
  'go-to',
  'favou?rite',
  'first[- ]choice',
  'kindest',
  'warmest',
  'friendliest',
  'gentlest',
  // "the most trusted therapist"; not "most music therapists", "most online services".
  'most\\s+(?!(?:common|recent|often|music|online|local|private|mental|psychotherapy|of|people|registered|certified|other|such|new)\\b)[\\w-]+',
  '#\\s?1',
  'no\\.\\s?1',
  'number[- ]one',
);

/** The people a testimonial speaks for. */
export const CLIENTS = String.raw`(?:clients?|patients?|famil(?:y|ies)(?!\s+(?:doctors?|physicians?|members?|stories|history))|parents?|mothers?|fathers?|moms?|mums?|dads?|participants?|customers?|people\s+(?:we|I)(?:['’]ve|\s+have)?\s+(?:helped|help|worked\s+with|work\s+with|seen|see|supported|support)|people\s+who\s+(?:work\s+with|see|come\s+to)\s+(?:us|me)|those\s+we(?:['’]ve|\s+have)\s+helped)`;
/** Clients as the practice's own: "our clients", "many of my past clients". */
export const OUR_CLIENTS = String.raw`(?:(?:many|most|all|some|one|several)\s+of\s+)?(?:our|my)\s+(?:(?:former|past|current|happy|satisfied|wonderful|amazing)\s+)?${CLIENTS}`;
/** Verbs that report what someone said or felt. */
export const REPORTING = alt('say', 'says', 'said', 'tell', 'tells', 'told', 'describe[sd]?', 'report(?:s|ed)?', 'agree[sd]?', 'mention(?:s|ed)?', 'keep\\s+(?:saying|telling)', 'telling');
/** Verbs and phrases of praise: what a reported client says of the practice. */
export const PRAISE = alt(
  'lov(?:e|es|ed)\\s+(?:it|this|the\\s+(?:sessions?|practice|team)|coming|working\\s+with|our|us|me|her|him|every)',
  'adore[sd]?',
  'rave[sd]?',
  'prais(?:e|es|ed)',
  'recommend(?:s|ed)?',
  'swear\\s+by',
  'thank(?:s|ed)?\\s+us',
  'can(?:no|[\'’])t\\s+thank',
  'life[- ]changing',
  'changed\\s+(?:my|their|his|her|our)\\s+li(?:fe|ves)',
  'saved\\s+(?:my|their|his|her|our)',
  'can(?:no|[\'’])t\\s+wait\\s+to\\s+(?:come|get)\\s+back',
  'keep\\s+coming\\s+back',
  '(?:true\\s+)?healer',
  'lifesaver',
  'miracle',
  'angel',
  'transformative',
  'transformed\\s+(?:my|their|his|her|our)',
  'amazing',
  'wonderful',
  'incredible',
  'the\\s+best',
  'grateful',
  'finally\\s+(?:feel|felt|heard|understood)',
  'feel(?:s|ing)?\\s+(?:so\\s+much\\s+)?(?:heard|understood|better|calmer|happier|lighter)',
  'felt\\s+(?:so\\s+)?(?:heard|understood|better|calmer|happier|lighter)',
);

/** What an outcome claim promises: a change stated as certain. */
export const OUTCOME = alt(
  'feel\\s+(?:\\w+\\s+)?(?:better|calmer|happier|lighter|relieved|like\\s+(?:your|them|him|her)sel(?:f|ves)\\s+again)',
  'be\\s+(?:cured|healed|fixed|free\\s+(?:of|from)|happy|anxiety[- ]free|symptom[- ]free)',
  'recover',
  'overcome',
  'heal',
  'get\\s+(?:better|well|over|your\\s+life\\s+back)',
  'sleep\\s+better',
  'stop\\s+(?:worrying|feeling|struggling|hurting)',
  'find\\s+(?:lasting\\s+)?relief',
  'see\\s+(?:real\\s+)?(?:results|improvement|a\\s+difference)',
  'improve',
  'transform\\s+your\\s+life',
  'change\\s+your\\s+life',
);
/** What clients are said to have gained, for claims that count them. */
export const IMPROVED = alt(
  'improv(?:e|ed|es|ement)',
  'better',
  'recover(?:ed|y)?',
  'relief',
  'results',
  'progress',
  'benefit(?:ed|ted)',
  'success(?:ful)?',
  'reduc(?:e|ed|tion)',
  'fewer\\s+symptoms',
  'less\\s+(?:anxious|anxiety|stress|stressed|depressed|pain)',
  'calmer',
  'happier',
  'helped',
  'healed',
  'thriv(?:e|ed|ing)',
  'a\\s+(?:real\\s+|big\\s+|huge\\s+)?difference',
  '(?:a|real|lasting|big|huge)\\s+change',
  'lighter',
  'relieved',
  'hopeful',
  '(?:more\\s+)?(?:in\\s+control|confident)',
);
/** A share of people: "87%", "9 out of 10", "most", "nearly all". */
const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;
export const SHARE = String.raw`(?:\d{1,3}(?:\.\d)?\s?(?:%|per\s?cent)|(?:\w+ty(?:-\w+)?|ten|a\s+hundred)\s+per\s?cent|${NUMBER}\s+(?:out\s+)?of\s+(?:every\s+)?${NUMBER}|${NUMBER}\s+in\s+${NUMBER}|(?:nearly|almost|virtually)\s+(?:all|every)|many\s+of\s+(?:our|my)|the\s+(?:vast\s+)?majority|most|all|every\s+(?:one|single\s+one))`;
/** A count of people: "500+", "over 200", "hundreds of". */
export const COUNT = String.raw`(?:(?:over|more\s+than|nearly|almost|about|around)\s+)?(?:\d[\d,]*\+?|a\s+hundred|a\s+thousand|hundreds|thousands|dozens|countless|so\s+many)(?:\s+of)?`;
