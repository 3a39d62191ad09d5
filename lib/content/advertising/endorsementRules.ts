/** Endorsements (CRPO 6.2): clients' praise quoted or reported, ratings, review sites and voted awards. */
import { CRPO_ADVERTISING, SAME_SENTENCE, re, type AdvertisingRule } from './rule';
import { CLIENTS, COUNT, OUR_CLIENTS, PRAISE, REPORTING } from './words';

export const endorsementRules: readonly AdvertisingRule[] = [
  {
    id: 'testimonial',
    category: 'endorsement',
    standard: CRPO_ADVERTISING,
    rule: 'no testimonials: clients’ praise, quoted or reported, may not be used to recommend the practice',
    fix: 'remove the testimonial; describe what the service is, not what clients say about it',
    patterns: [
      /\btestimonials?\b/i,
      /\bsuccess\s+stor(?:y|ies)\b/i,
      /\bkind\s+words\s+from\b/i,
      /\bwhat\s+(?:our|my)\s+(?:\w+\s+)?(?:say|are\s+saying|said|think)\b/i,
      /\bwhat\s+(?:people|clients|families|parents)\s+are\s+saying\b/i,
      /\bhear\s+from\s+(?:our|my)\s+clients\b/i,
      /\b(?:client|customer|patient)\s+(?:reviews?|stories|praise|love|raves)\b/i,
      re(String.raw`\b(?:happy|satisfied|delighted|thrilled|grateful)\s+${CLIENTS}`),
      re(String.raw`\b(?:loved|trusted|recommended|praised|endorsed)\s+by\s+(?:${COUNT}\s+)?(?:our\s+|local\s+)?(?:(?!your\b|a\b|the\b)\w+\s+)?${CLIENTS}`),
      re(String.raw`\bhighly\s+recommended\b`),
      // Reported praise: "our clients love …", "clients tell us they finally feel heard".
      re(String.raw`\b${OUR_CLIENTS}\s+(?:(?:often|always|regularly|frequently|keep|consistently|all)\s+)?${PRAISE}`),
      re(String.raw`\b${CLIENTS}\s+(?:(?:often|always|regularly|frequently|consistently|sometimes|all)\s+)?${REPORTING}\b${SAME_SENTENCE}\b${PRAISE}`),
      re(String.raw`\b${CLIENTS}\s+(?:(?:often|always|regularly|frequently|consistently|all)\s+)?(?:rave|swear\s+by|love|adore|praise|recommend)\s+(?:about\s+)?(?:us|me|our|my|the\s+practice|this\s+practice|her|him|them)\b`),
      // Quoted: a client's words with their attribution, or first-person praise in quotation marks.
      re(String.raw`\b(?:one|a|another|our|my)\s+(?:former\s+|past\s+|happy\s+|satisfied\s+)?${CLIENTS}\s+(?:said|wrote|told\s+us|shared|says|writes)\s*[:,]?\s*["“]`),
      re(String.raw`["”]\s*[—–-]{1,2}\s*(?:a\s+|an\s+|our\s+|one\s+)?(?:former\s+|past\s+|happy\s+|satisfied\s+)?${CLIENTS}\b`),
      /["”]\s*[—–-]{1,2}\s*(?:[A-Z][a-z]+\s+[A-Z]\.?|[A-Z]\.\s?[A-Z]\.?|[A-Z][a-z]+,\s*\d{1,2})(?=\s*(?:$|[,.;)(]))/,
      // First-person praise in quotation marks; not a song title such as “Amazing Grace”.
      re(String.raw`["“](?=[^"”]{0,200}\b(?:I|my|me)\b)[^"”]{0,200}\b(?:${PRAISE}|recommend)[^"”]{0,200}["”]`),
    ],
    negatable: true,
  },
  {
    id: 'rating',
    category: 'endorsement',
    standard: CRPO_ADVERTISING,
    rule: 'no star ratings or review scores',
    fix: 'remove the rating',
    patterns: [
      /[★☆⭐✩✪✫✬✭✮✯]/u,
      /\b(?:[1-5](?:\.\d)?|one|two|three|four|five)[- ]stars?\b/i,
      /\brated\s+(?:[1-5](?:\.\d)?|one|two|three|four|five|excellent|highly|#\s?1|number[- ]one|first|top)\b/i,
      /(?<!\/)\b[0-5](?:\.\d)?\s*(?:\/|out\s+of)\s*(?:5|five)\b(?!\/)/i,
      /(?<!\/)\b(?:10|ten)\s*(?:\/|out\s+of)\s*(?:10|ten)\b(?!\/)/i,
      /\b(?:top|highest|best|highly)[- ]rated\b/i,
      /\b\d+\+?\s+(?:five[- ]star\s+|5[- ]star\s+|positive\s+|glowing\s+|excellent\s+|great\s+)?reviews\b/i,
      /\b(?:our|my)\s+(?:\w+\s+)?reviews\b/i,
      /\b(?:great|glowing|positive|excellent|rave|stellar|amazing|outstanding|five[- ]star|5[- ]star)\s+reviews?\b/i,
    ],
    negatable: true,
  },
  {
    id: 'review-site',
    category: 'endorsement',
    standard: CRPO_ADVERTISING,
    rule: 'no links or invitations to review sites',
    fix: 'remove the link or the invitation to leave a review',
    patterns: [
      /\bgoogle\s+reviews?\b/i,
      /\byelp\b/i,
      /\bratemds\b/i,
      /\btrustpilot\b/i,
      /\bhealthgrades\b/i,
      /\bpsychology\s+today\s+reviews?\b/i,
      /\b(?:leave|write|post|give|share)\s+(?:us\s+|me\s+)?(?:a|an|your)\s+(?:\w+\s+)?review\b/i,
      /\breview\s+us\b/i,
      /\brate\s+(?:us|our\s+(?:practice|service|team|therapists?))\b/i,
    ],
    negatable: true,
  },
  {
    id: 'award',
    category: 'endorsement',
    standard: CRPO_ADVERTISING,
    rule: 'no awards decided by community or reader votes',
    fix: 'remove the award',
    patterns: [
      /\bvoted\s+(?:the\s+|as\s+|a\s+)?(?:best|#\s?1|number[- ]one|top|favou?rite|most)\b/i,
      /\bvote\s+for\s+(?:us|me)\b/i,
      /\b(?:readers?['’]?|people['’]?s|consumers?['’]?|community|viewers?['’]?|clients?['’]?)\s+choice\b/i,
      /\baward[- ]winning\b/i,
      /\bbest\s+of\s+(?:the\s+)?\w+\s+(?:award|winner|\d{4})\b/i,
    ],
    negatable: true,
  },
];
