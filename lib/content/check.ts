/**
 * Checks a whole content folder before it is published: every file's place
 * and front matter, then the list of checks below (each a module of
 * lib/content/checks/, one concern each), then what no single file can show
 * (references between documents, duplicate addresses). Pure: it takes file
 * texts and returns every problem found, so one run shows a writer all there
 * is to fix.
 */
import { sortProblems, type Problem } from '../diagnostics/problem';
import { advertisingProblems } from './advertising';
import { BIBLIOGRAPHY_FILE, parseBibliography } from './bibliographyFile';
import { homeFile, pageAddresses, sectionFiles } from './checks/addresses';
import { checkBody } from './checks/body';
import { credentialProblems, credentialWarnings } from './checks/credentials';
import { duplicates } from './checks/duplicates';
import { frontMatterFields } from './checks/frontMatter';
import { placeholderProblems } from './checks/placeholders';
import { answerTopics, isPracticeFile, practiceProfile } from './checks/practice';
import { readingLevel } from './checks/readingLevel';
import { reviewerWithoutDateProblems, staleReviewWarnings } from './checks/reviewAge';
import type { BodyContext, CheckedDocument, FolderCheck, FolderInput, ParsedDocument, SiteContext, SourceFile } from './checks/types';
import { citedKeysInTree } from './citations';
import type { ReferenceTargets } from './fieldSchema';
import { parseFile } from './frontmatter';
import { analyseBody } from './headings';
import { linkTargets, staticRoutes } from './linkTargets';
import { documentTypeNames, documentTypes, referenceKey, type DocumentTypeName } from './schema';
import { slugFromPath } from './slug';
import { pageIds } from '../pageIds';

export type { SiteContext, SourceFile } from './checks/types';

/** The checks whose problems stop publishing, in the order they run. */
const checks: readonly FolderCheck[] = [
  frontMatterFields,
  ({ documents, bodyContext }) => documents.flatMap((doc) => checkBody(doc, bodyContext, doc.analysed)),
  duplicates,
  pageAddresses,
  sectionFiles,
  homeFile,
  ({ documents }) => credentialProblems(documents),
  ({ documents }) => advertisingProblems(documents.map((doc) => ({ ...doc, tree: doc.analysed.ok ? doc.analysed.tree : undefined }))),
  ({ documents }) => placeholderProblems(documents),
  ({ documents }) => reviewerWithoutDateProblems(documents),
  practiceProfile,
  answerTopics,
];

/** Advice that does not stop publishing. */
const warningChecks: readonly FolderCheck[] = [readingLevel, ({ documents }) => credentialWarnings(documents), ({ documents }) => staleReviewWarnings(documents)];

export interface CheckResult {
  readonly problems: Problem[];
  /** Advice that does not stop publishing, such as a high reading level. */
  readonly warnings: Problem[];
  readonly documents: CheckedDocument[];
  /** The bibliography keys each body cites, by body text, read from the parse above (see lib/content/citations.ts). */
  readonly citedKeys: ReadonlyMap<string, readonly string[]>;
}

export async function checkContent(files: readonly SourceFile[], site: SiteContext = { appPageFiles: [], publicFiles: new Set() }): Promise<CheckResult> {
  const problems: Problem[] = [];
  const documents: CheckedDocument[] = [];
  let bibliographyKeys: string[] = [];

  // First every file's front matter, so that references can be checked against all documents.
  for (const file of files) {
    if (file.relativePath === BIBLIOGRAPHY_FILE) {
      const bibliography = parseBibliography(file.text, file.path);
      problems.push(...bibliography.problems);
      bibliographyKeys = Object.keys(bibliography.works);
      continue;
    }
    if (isPracticeFile(file)) continue;
    const type = typeForPath(file, problems);
    if (!type) continue;
    const parsed = parseFile(file.text);
    for (const error of parsed.errors) problems.push({ file: file.path, field: 'front matter', ...error });
    if (!parsed.data) continue;
    documents.push({
      type,
      slug: slugFromPath(file.relativePath),
      file: file.path,
      data: parsed.data,
      keyLines: parsed.keyLines,
      body: parsed.body,
      bodyStartLine: parsed.bodyStartLine,
    });
  }

  const references = referenceTargets(documents);
  // Each body parsed once, by the same pipeline as the build, for every check.
  const abbreviations = [...(references.get('GlossaryTerm') ?? [])];
  const parsed: ParsedDocument[] = documents.map((doc) => ({ ...doc, analysed: analyseBody(doc.body, abbreviations) }));
  const staticPaths = staticRoutes(site.appPageFiles);
  const bodyContext: BodyContext = {
    targets: linkTargets(staticPaths, parsed.map((doc) => ({ type: doc.type, slug: doc.slug, headings: doc.analysed.ok ? doc.analysed.headings : [] }))),
    publicFiles: site.publicFiles,
    pageIds: new Set(Object.values(pageIds)),
    bibliographyKeys,
    abbreviations,
  };
  const input: FolderInput = { files, documents: parsed, site, staticPaths, references, bodyContext };
  for (const check of checks) problems.push(...check(input));
  return {
    problems: sortProblems(problems),
    warnings: warningChecks.flatMap((check) => check(input)),
    documents,
    citedKeys: new Map(parsed.flatMap((doc) => (doc.analysed.ok ? [[doc.body, citedKeysInTree(doc.analysed.tree).map((c) => c.key)] as const] : []))),
  };
}

function typeForPath(file: SourceFile, problems: Problem[]): DocumentTypeName | undefined {
  const folder = file.relativePath.split('/')[0];
  const type = documentTypeNames.find((name) => documentTypes[name].folder === folder);
  const folders = documentTypeNames.map((name) => `content/${documentTypes[name].folder}/`).join(', ');
  if (!type || !file.relativePath.includes('/')) {
    problems.push({ file: file.path, line: 1, field: 'file', rule: 'file.wrong-folder', message: 'is not in a folder the site reads', fix: `move it into one of ${folders}` });
    return undefined;
  }
  if (!file.relativePath.endsWith('.mdx')) {
    problems.push({ file: file.path, line: 1, field: 'file', rule: 'file.not-mdx', message: 'is not an .mdx file', fix: 'rename it to end in .mdx, or move it out of content/' });
    return undefined;
  }
  return type;
}

/** The keys by which each document type can be referred to. */
function referenceTargets(documents: readonly CheckedDocument[]): ReferenceTargets {
  const targets = new Map<DocumentTypeName, Set<string>>();
  for (const type of documentTypeNames) {
    const key = referenceKey(type);
    const values = documents
      .filter((d) => d.type === type)
      .map((d) => (key === 'slug' ? d.slug : d.data[key]))
      .filter((v): v is string => typeof v === 'string');
    targets.set(type, new Set(values));
  }
  return targets;
}
