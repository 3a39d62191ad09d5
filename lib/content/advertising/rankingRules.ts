/** Rankings, comparisons and uniqueness (CRPO 6.2): claims about the practice measured against others. */
import { CRPO_ADVERTISING, re, type AdvertisingRule } from './rule';
import { NOT_FOR_YOU, PLACE, PROVIDER, RANKING, SERVICE, SUBJECT } from './words';

export const rankingRules: readonly AdvertisingRule[] = [
  {
    id: 'superlative',
    category: 'ranking',
    standard: CRPO_ADVERTISING,
    rule: 'no superlatives or rankings of the practice, its therapists or its services: they cannot be verified',
    fix: 'say what the therapist is trained in and what the service is, without “best”, “leading”, “top” or “#1”',
    patterns: [
      // A ranking word before a provider or service; not "the best way", "to best support", "how we best support".
      re(String.raw`(?<!\b(?:to|we|you|I|they|can|how)\s)\b${RANKING}\s+${SUBJECT}\b${NOT_FOR_YOU}`),
      // "Leading" before a provider; not the verb ("she is leading music therapy groups"), not "the leading cause".
      re(String.raw`(?<!\b(?:is|are|was|were|be|been|by|for|in|of|and)\s)\bleading\s+(?:(?:mental\s+health|psychotherapy|music\s+therapy|online|local)\s+)?${PROVIDER}\b`),
      /\b(?:we(?:['’]re|\s+are)|I(?:['’]m|\s+am)|(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are))\s+(?:simply\s+|truly\s+)?the\s+(?:very\s+)?(?:best|finest|greatest|top|leading)\b(?!\s+(?:person|people|one|place|way|time|contact)\s+to\b)/i,
      re(String.raw`\b(?:the\s+)?best\s+in\s+${PLACE}\b`),
      /\bbest\s+in\s+(?:the\s+)?(?!You\b|Your\b)[A-Z][a-z]+/,
      // "Ontario's best", "Toronto's leading", "the city's top".
      re(String.raw`\b${PLACE}['’]s\s+(?:${RANKING}|leading)\b`),
      /\bbest[- ]in[- ]class\b/i,
      /\b(?:industry|field|market|thought)\s+leaders?\b/i,
      /\bleaders?\s+in\s+(?:the\s+)?(?:field|industry|music\s+therapy|psychotherapy|mental\s+health)\b/i,
      // Practices: not "best practices for keeping records".
      re(String.raw`\b(?:${RANKING}|leading)\s+(?:music\s+therapy|psychotherapy|mental\s+health|counselling|therapy|private|local|online)\s+practices?\b`),
      re(String.raw`\b(?:(?!best\b)${RANKING}|leading)\s+practices?\b`),
      /\bthe\s+best\s+practice\s+in\b/i,
      /\ba\s+leader\s+in\b/i,
      // "#1" as a rank; not "step #1", "question #1".
      /(?<!\b(?:step|part|question|level|page|item|tip|rule|session|week|day|track|song|verse)\s?)(?:^|[\s(])#\s?1\b/i,
      /\b(?:first|top|number[- ]one|#\s?1|go-to)\s+choice\b/i,
      re(String.raw`\b(?:#\s?1|number[- ]one)\s+in\s+${PLACE}\b`),
      /\bnumber[- ]one\s+(?:rated|music|therap|psychotherap|practice|clinic|provider|team|service)/i,
      /\bno\.\s?1\b/i,
      /\b(?:ranked|rated)\s+(?:as\s+)?(?:first|#\s?1|number[- ]one|top|among\s+the|in\s+the\s+top|the\s+best|highest)\b/i,
      /\b(?:top|highest)[- ]ranked\b/i,
      re(String.raw`\btop\s+\d+\s+${PROVIDER}\b`),
      /\bmost\s+(?:experienced|qualified|skilled|respected|knowledgeable|accomplished|compassionate|caring)\b/i,
      /\b(?:second\s+to\s+none|unmatched|unrivall?ed|unparall?eled|unbeatable|world[- ]class|top[- ]notch|top[- ]tier|the\s+gold[- ]standard)\b/i,
    ],
    negatable: true,
  },
  {
    id: 'comparison',
    category: 'ranking',
    standard: CRPO_ADVERTISING,
    rule: 'no comparisons with other therapists, practices or treatments',
    fix: 'describe this practice on its own terms',
    patterns: [
      re(String.raw`\bunlike\s+(?:other|most|many|some|typical|ordinary|conventional|traditional|other\s+local|the\s+rest\s+of\s+the)\s+(?:\w+\s+)?(?:${PROVIDER}|practices|clinics|services|offices)\b`),
      re(String.raw`\b(?:better|faster|quicker|stronger|deeper|safer|cheaper|more\s+(?:\w+\s+)?(?:effective|experienced|qualified|skilled|caring|trusted|successful|helpful|personal|affordable))(?:\s+(?:care|support|service|therapy|results|sessions))?\s+than\s+(?:(?:other|most|any|all|many|traditional|regular|ordinary|conventional|standard|typical)\s+(?:\w+\s+)?(?:${PROVIDER}|${SERVICE}|therapies|treatments|approaches|options|methods|practices|one|else)\b|(?:talk(?:ing)?|verbal)\s+therapy|medication|counsell?ing|the\s+(?:rest|competition|others)|anyone\s+else|anywhere\s+else|elsewhere|any\s+other|what\s+you(?:['’]ll|\s+will)?\s+find)`),
      re(String.raw`\b(?:compared|in\s+comparison)\s+(?:with|to)\s+(?:other|most|many|typical|traditional)\s+(?:\w+\s+)?(?:${PROVIDER}|practices|clinics|services|${SERVICE})\b`),
      /\boutperform(?:s|ed|ing)?\b/i,
      /\b(?:nothing|no\s+one|nobody)\s+(?:else\s+)?(?:comes|can\s+come)\s+close\b/i,
      /\bbeats?\s+(?:the\s+competition|any(?:\s+other)?|other|(?:traditional\s+)?(?:talk|verbal)\s+therapy|medication|counsell?ing)\b/i,
      re(String.raw`\bother\s+(?:${PROVIDER}|practices|clinics|services)\s+(?:often\s+)?(?:fall\s+short|fail|struggle|don['’]t|can['’]t|won['’]t|miss)\b`),
      /\bwhy\s+settle\s+for\s+less\b/i,
    ],
    negatable: true,
  },
  {
    id: 'uniqueness',
    category: 'uniqueness',
    standard: CRPO_ADVERTISING,
    rule: 'no claims that the practice or its method is unique',
    fix: 'describe the approach plainly, without claiming no one else offers it',
    patterns: [
      re(String.raw`\bthe\s+(?:first\s+and\s+)?only\s+(?:[\w-]+\s+){0,3}?(?:${PROVIDER}|${SERVICE}|practices?|approach|method)\s+(?:in|that|who|to|offering|providing|with|where|of\s+its\s+kind)\b`),
      /\bonly\s+(?:we|us|here)\s+(?:can|do|offer|will)\b/i,
      re(String.raw`\bno\s+other\s+(?:${PROVIDER}|practices?|clinics?|services?)\s+(?:\w+\s+){0,4}?(?:offers|provides|does|has|can|will)\b`),
      /\bunique\s+(?:[\w-]+\s+)?(?:approach|method|program|programme|technique|model|style|system|formula|therapy|service|treatment|blend|combination|practice)\b/i,
      /\bone[- ]of[- ]a[- ]kind\b/i,
      /\bone\s+and\s+only\b/i,
      /\b(?:no\s+one|nobody)\s+(?:else\s+)?(?:does|offers|provides)\s+[^.!?]{0,40}?like\s+(?:we|us|I)\b/i,
      /\b(?:first|only)\s+(?:\w+\s+){0,3}of\s+its\s+kind\b/i,
      /\b(?:unlike|like)\s+(?:any|no)\s+other\b/i,
      // Not "if you feel you have nowhere else to turn".
      /\b(?:nowhere|no\s*where)\s+else\b(?!\s+to\s+(?:turn|go))/i,
      /\b(?:no\s+one|nobody)\s+else\s+(?:offers|does|can|provides|has|will)\b/i,
      /\b(?:won['’]t|can['’]?t|cannot|will\s+not|never)\s+(?:find|get|see)\s+(?:\w+\s+){1,5}?(?:anywhere\s+else|elsewhere)\b/i,
      /\b(?:exclusive|proprietary|patented|trademarked|signature)\s+(?:[\w-]+\s+)?(?:approach|method|program|programme|technique|model|system|formula|therapy)\b/i,
    ],
    negatable: true,
  },
];
