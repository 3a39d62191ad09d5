/** Outcome claims (CRPO 6.2): results promised, stated as proof, or counted in clients. */
import { CRPO_ADVERTISING, SAME_SENTENCE, re, type AdvertisingRule } from './rule';
import { CLIENTS, COUNT, IMPROVED, OUTCOME, SHARE } from './words';

export const outcomeRules: readonly AdvertisingRule[] = [
  {
    id: 'promise',
    category: 'outcome',
    standard: CRPO_ADVERTISING,
    rule: 'no promised or guaranteed results: what therapy brings differs from person to person',
    fix: 'say what therapy can offer or aims at (“can help you explore…”), not what it will achieve',
    patterns: [
      /\bguarantee(?:s|d)?\b/i,
      // "cure" as a claim: "can cure", "cures anxiety", "a cure for"; not "securing a cure is not the aim", not the band The Cure.
      /\b(?:will|can|could|may|might|to|shall|we|music|it|that|this|songwriting)\s+(?:help\s+(?:to\s+)?)?cure\b/i,
      /\bcur(?:es|ed|ing)\b/i,
      /\bcure(?:s|-all)?\s+(?:for|your|you|it|them|all|anxiety|depression|trauma|grief|stress|insomnia|pain)\b/i,
      re(String.raw`\b(?:will|shall|is\s+going\s+to|are\s+going\s+to)\s+(?:help\s+(?:you\s+)?)?(?:fix|heal|solve|eliminate|erase|end|get\s+rid\s+of|free\s+you|transform|change\s+your\s+life|${OUTCOME})\b`),
      re(String.raw`\byou(?:['’]ll|\s+will)\s+(?:finally\s+|soon\s+|quickly\s+|definitely\s+|certainly\s+)?(?:${OUTCOME}|leave\s+feeling|walk\s+away|never\s+\w+\s+\w*\s*again)`),
      /\bfix(?:es)?\s+(?:your|you|anxiety|depression|trauma|grief|stress|it\s+for\s+good)\b/i,
      /\b(?:quick|instant|fast|easy)\s+fix\b/i,
      /\b(?:feel|see|notice)\s+the\s+difference\b/i,
      /\b(?:anxiety|depression|stress|grief|pain|symptoms|fears?|worries|panic|trauma)\s+will\s+(?:disappear|vanish|go\s+away|melt\s+away|fade|lift|end)\b/i,
      /\b(?:we|I)\s+promise\b|\bpromise(?:s|d)?\s+(?:you|results|that)\b/i,
      /\b(?:leave|walk\s+out|go\s+home)\s+(?:\w+\s+){0,3}?(?:transformed|healed|renewed|a\s+new\s+person)\b/i,
      /\b(?:experience|have|achieve|make|see)\s+(?:a\s+)?(?:real\s+)?breakthroughs?\b/i,
      /\b(?:end|beat|conquer|overcome|eliminate|banish|defeat|erase)\s+(?:your\s+)?(?:anxiety|depression|stress|grief|trauma|insomnia|fears?|pain|panic)\b/i,
      /\b(?:a\s+thing\s+of\s+the\s+past|never\s+look\s+back)\b/i,
      re(String.raw`\b${CLIENTS}\s+(?:(?:always|often|usually|all)\s+)?(?:leave|walk\s+(?:out|away)|go\s+home)\s+(?:\w+\s+){0,3}feeling\b`),
      // A result stated as what the service does: "music heals", "songwriting cures grief".
      /\b(?:music(?:\s+therapy)?|psychotherapy|songwriting|therapy|our\s+\w+|sessions?)\s+(?:heals|cures|fixes|eliminates|erases|ends|removes)\b/i,
      /\b(?:for\s+good(?!\s+(?:reason|measure|causes?))|once\s+and\s+for\s+all)\b/i,
      /\bin\s+(?:just|only|as\s+(?:few|little)\s+as)\s+(?:\d+|one|two|three|four|five|six|a\s+few)\s+(?:sessions?|weeks?|days?)\b/i,
      /\bafter\s+(?:just|only)\s+(?:one|a\s+single|\d+|a\s+few)\s+sessions?\b/i,
      /\bmoney[- ]back\b/i,
      // Benefit plans decide for themselves: the site never says a plan will pay.
      /\b(?:(?:your|all|most|every)\s+(?:insurance|insurers?|benefit\s+plans?|plans?|insurance\s+plans?)\s+(?:will|always)\s+(?:cover|pay|reimburse))|\bcovered\s+by\s+(?:all|most|every|any)\s+(?:insurance|insurers?|benefit|plans?)\b/i,
    ],
    negatable: true,
  },
  {
    id: 'proof',
    category: 'outcome',
    standard: CRPO_ADVERTISING,
    rule: 'no results stated as proof: what a service achieves cannot be shown by the practice’s own claims',
    fix: 'describe what the service is and what it aims at; cite published research with the Cite component where it helps',
    patterns: [
      re(String.raw`\bworks\s+for\s+(?:${SHARE}|(?:almost\s+|nearly\s+)?every(?:one|body))`),
      /\b(?:clinically|scientifically|medically)?\s*proven\b/i,
      /\bproof\s+(?:that|it\s+works|of\s+how\s+(?:much|well|many))\b/i,
      /\b(?:results|success|record|outcomes|reputation|work)\s+speaks?\s+for\s+(?:itself|themselves)\b/i,
      /\bthe\s+proof\s+is\s+in\b/i,
      /\bresults\s+(?:speak|that\s+speak|you\s+can\s+(?:see|feel|measure)|that\s+last|prove)\b/i,
      /\b(?:real|measurable|lasting|permanent|instant|immediate|fast|quick|amazing|incredible|dramatic|remarkable|life[- ]changing|visible|tangible|guaranteed|outstanding|excellent|exceptional|impressive|great)\s+(?:results|relief|recovery|outcomes)\b/i,
      /\b(?:see|get|achieve|deliver(?:s|ing)?|gets|getting|achieves)\s+(?:real\s+|great\s+)?results\b/i,
      /\b(?:therapy|approach|method|program|programme|treatment)\s+that\s+(?:really\s+|actually\s+|truly\s+)?works\b/i,
      /\b(?:it|this|that|music\s+therapy|our\s+\w+)\s+(?:really|actually|truly)\s+works\b/i,
    ],
    negatable: true,
  },
  {
    id: 'outcome-figures',
    category: 'outcome',
    standard: CRPO_ADVERTISING,
    rule: 'no shares or counts of clients helped: figures about clients’ results cannot be verified and promise a result',
    fix: 'remove the figure; say what the service offers, not how many it helped',
    patterns: [
      /\bsuccess\s+rates?\b/i,
      /\b100\s?%\s+(?:success|effective|satisfaction|results|guaranteed)\b/i,
      re(String.raw`\b${SHARE}\s+(?:of\s+)?(?:our\s+|my\s+|the\s+)?(?:\w+\s+)?${CLIENTS}\b${SAME_SENTENCE}\b${IMPROVED}`),
      re(String.raw`\b${SHARE}\s+of\s+(?:our\s+|my\s+)${CLIENTS}\b`),
      re(String.raw`\b\d{1,3}(?:\.\d)?\s?(?:%|per\s?cent)\s+(?:reduction|decrease|drop|improvement|increase|fewer|less|better)\b`),
      re(String.raw`\b(?:helped|supported|treated|served|guided)\s+${COUNT}\s+(?:\w+\s+)?(?:${CLIENTS}|people|individuals|Ontarians|Canadians|children|kids|teens|youth|adults|seniors|students)`),
      // Results reported as what clients see: "clients who finish report lower stress".
      re(String.raw`\b${CLIENTS}\s+(?:who\s+[^.!?]{0,40}?\s+)?(?:report|reported|see|saw|experience|notice|show)\s+(?:\w+\s+){0,2}?(?:lower|less|reduced|fewer|better|improved|greater|significant|real|lasting)\b`),
      re(String.raw`\b${COUNT}\s+(?:happy\s+|satisfied\s+)?${CLIENTS}\s+(?:(?:who|that)\s+)?(?:(?:have|already|now)\s+){0,2}(?:found\s+(?:peace|relief|healing)|helped|served|supported|treated|trust|trusted|improved|recovered|benefit(?:ed|ted)?|found|felt|feel|see|saw)\b`),
    ],
    negatable: true,
  },
];
