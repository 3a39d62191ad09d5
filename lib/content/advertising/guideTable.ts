/**
 * The rules as a Markdown table for docs/publishing.md, written by
 * `npm run docs:advertising` so the guide cannot drift from the check; each
 * row's example is the rule's first breach in the corpus, which the tests
 * prove the check refuses.
 */
import type { AdvertisingCorpus } from './corpus';
import { advertisingRules } from './rules';

export function advertisingRulesMarkdown(corpus: AdvertisingCorpus): string {
  const rows = advertisingRules.map((r) => {
    const example = corpus.breaches[r.id]?.[0];
    if (!example) throw new Error(`the advertising corpus has no breach of “${r.id}” to show in the guide`);
    return `| ${r.category} | ${r.id} | ${r.standard} | ${r.rule} | ${example.replaceAll('|', '\\|')} | ${r.fix} |`;
  });
  return ['| Kind | Rule | Standard | The rule | Refused, for example | The fix |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
