/**
 * What a component's words or attributes name is there: an `<Abbr>` in the
 * glossary, a `<Cite id>` or `<Quote source>` in the bibliography.
 */
import { citingAttributes } from '../citations';
import { didYouMean } from '../../diagnostics/suggest';
import { declaredUse } from './declarations';
import { plainText, visitWritten } from './mdxText';
import type { BodyCheck, BodyFinding } from './types';

export const glossaryTerms: BodyCheck = ({ tree }, { abbreviations }) => {
  const findings: BodyFinding[] = [];
  if (!abbreviations) return findings;
  visitWritten(tree, (node, line) => {
    if (!declaredUse(node) || node.name !== 'Abbr') return;
    const abbreviation = plainText(node);
    if (abbreviation === '' || abbreviations.includes(abbreviation)) return;
    findings.push({
      line,
      field: 'body',
      rule: 'glossary.unknown-abbreviation',
      message: `<Abbr>${abbreviation}</Abbr> is not in the glossary`,
      fix: didYouMean(abbreviation, abbreviations, 'add a file for it to content/glossary/ with `abbreviation:` set'),
    });
  });
  return findings;
};

export const citationKeys: BodyCheck = ({ tree }, { bibliographyKeys: known }) => {
  const findings: BodyFinding[] = [];
  if (!known) return findings;
  visitWritten(tree, (node, line) => {
    const use = declaredUse(node);
    const citing = use && citingAttributes[use.name];
    const written = citing === undefined ? undefined : use?.valid[citing];
    if (typeof written !== 'string' || known.includes(written.trim())) return;
    const key = written.trim();
    findings.push({
      line: use?.lines.get(citing!) ?? line,
      field: 'body',
      rule: 'citation.unknown-key',
      message: `the citation key “${key}” is not in the bibliography`,
      fix: didYouMean(key, known, known.length > 0 ? `use one of ${known.join(', ')}, or add the work to content/bibliography.yaml` : 'add the work to content/bibliography.yaml'),
    });
  });
  return findings;
};
