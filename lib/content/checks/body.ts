/**
 * The checks of one document's body, run in this order on the body parsed
 * once. To add a check, write a module of its own beside these and add it
 * to `bodyChecks`.
 */
import { sortProblems, type Problem } from '../../diagnostics/problem';
import { analyseBody, type AnalysedBody } from '../headings';
import { audio } from './audio';
import { compileFailure, importLines } from './compile';
import { components } from './components';
import { headingLevels } from './headings';
import { images } from './images';
import { links } from './links';
import { citationKeys, glossaryTerms } from './references';
import type { BodyCheck, BodyContext, BodyFinding } from './types';

const bodyChecks: readonly BodyCheck[] = [importLines, headingLevels, links, images, audio, components, glossaryTerms, citationKeys];

interface BodyInput {
  /** Path as shown to the writer, e.g. `content/posts/hello.mdx`. */
  readonly file: string;
  /** The text after the front matter. */
  readonly body: string;
  /** 1-based line in the file where the body starts. */
  readonly bodyStartLine: number;
}

/** `analysed`: the body already parsed (the content check parses each body once); parsed here when not given. */
export function checkBody(input: BodyInput, context: BodyContext, analysed: AnalysedBody = analyseBody(input.body, context.abbreviations)): Problem[] {
  const findings: BodyFinding[] = analysed.ok ? bodyChecks.flatMap((check) => check(analysed, context)) : [compileFailure(analysed.error)];
  return sortProblems(findings.map((f) => ({ ...f, file: input.file, line: input.bodyStartLine + f.line - 1 })));
}
