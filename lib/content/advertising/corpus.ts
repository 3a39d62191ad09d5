/**
 * The corpus of sentences the advertising rules are tried on
 * (tests/fixtures/advertising/corpus.yaml): breaches, each under the id of the
 * rule that must refuse it, and ordinary sentences that must pass. The unit
 * tests read it, and the staff guide's table takes each rule's example from
 * it, so the guide shows only what the check is known to refuse.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { advertisingRules } from './rules';

const ADVERTISING_CORPUS_FILE = 'tests/fixtures/advertising/corpus.yaml';

const ruleIds = advertisingRules.map((rule) => rule.id);
const sentences = z.array(z.string().trim().min(1)).min(1);

const corpusSchema = z.strictObject({
  /** Rule id → sentences it must refuse. */
  breaches: z.record(z.string(), sentences).superRefine((breaches, ctx) => {
    for (const id of Object.keys(breaches)) if (!ruleIds.includes(id)) ctx.addIssue({ code: 'custom', message: `“${id}” is not a rule; the rules are ${ruleIds.join(', ')}` });
  }),
  /** Group (the kind of words that look like a breach) → sentences that must pass. */
  ordinary: z.record(z.string(), sentences),
});

export type AdvertisingCorpus = z.infer<typeof corpusSchema>;

function parseAdvertisingCorpus(yamlText: string): AdvertisingCorpus {
  const result = corpusSchema.safeParse(parse(yamlText));
  if (!result.success) throw new Error(`${ADVERTISING_CORPUS_FILE}: ${z.prettifyError(result.error)}`);
  return result.data;
}

export function readAdvertisingCorpus(file = ADVERTISING_CORPUS_FILE): AdvertisingCorpus {
  return parseAdvertisingCorpus(readFileSync(file, 'utf8'));
}
