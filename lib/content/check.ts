/**
 * Checks a whole content folder before it is published: every file against
 * its document type, then what no single file can show (references to other
 * documents, duplicate slugs). Pure: it takes file texts and returns every
 * problem found, so one run shows a writer all there is to fix.
 */
import { staleReviewWarnings } from './reviewAge';
import { BIBLIOGRAPHY_FILE, parseBibliography } from './bibliographyFile';
import { checkBody, type BodyContext } from './bodyChecks';
import { advertisingProblems } from './advertising';
import { placeholderProblems } from './placeholders';
import { credentialProblems, credentialWarnings } from '../credentials';
import { explainIssue, zodForType, type ReferenceTargets } from './fieldSchema';
import { citedKeysInTree } from './citations';
import { analyseBody, type AnalysedBody } from './headings';
import { linkTargets, staticRoutes } from './linkTargets';
import { fleschKincaidGrade, readableTextOfTree } from './readability';
import { parseFile } from './frontmatter';
import type { Problem } from './problems';
import { sortProblems } from './problems';
import { documentTypeNames, documentTypes, referenceKey, type DocumentTypeName } from './schema';
import { slugFromPath } from './slug';
import { closest } from './suggest';
import { reservedTopLevelSegments, sectionNames } from '../routes';
import { checkAnswerTopics, checkHomeDocument, checkPracticeFile, isPracticeFile } from '../practice/contentCheck';

export interface SourceFile {
  /** Path as shown to the writer, e.g. `content/posts/hello.mdx`. */
  readonly path: string;
  /** Path inside the content folder, e.g. `posts/hello.mdx`. */
  readonly relativePath: string;
  readonly text: string;
}

export interface CheckedDocument {
  readonly type: DocumentTypeName;
  readonly slug: string;
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly keyLines: ReadonlyMap<string, number>;
  readonly body: string;
  readonly bodyStartLine: number;
}

/** A document with its body parsed, once, by the site's MDX pipeline. */
export interface ParsedDocument extends CheckedDocument {
  readonly analysed: AnalysedBody;
}

/**
 * A check of each document's body. It receives the body already parsed (the
 * check parses each body once) and what the site knows (pages, files,
 * bibliography, glossary). To add a check, add a function to `bodyChecks`.
 */
export type BodyCheck = (doc: ParsedDocument, context: BodyContext) => Problem[];

export const bodyChecks: BodyCheck[] = [(doc, context) => checkBody({ file: doc.file, body: doc.body, bodyStartLine: doc.bodyStartLine }, context, doc.analysed)];

export interface CheckResult {
  readonly problems: Problem[];
  /** Advice that does not stop publishing, such as a high reading level. */
  readonly warnings: Problem[];
  readonly documents: CheckedDocument[];
  /** The bibliography keys each body cites, by body text, read from the parse above (see citationMemo.ts). */
  readonly citedKeys: ReadonlyMap<string, readonly string[]>;
}

/** What the body checks need to know about the site outside content/. */
export interface SiteContext {
  /** The page files of app/, e.g. `app/blog/page.tsx`: the site's static routes. */
  readonly appPageFiles: readonly string[];
  /** Every file in public/, as its path on the site: `/images/a.png`. */
  readonly publicFiles: ReadonlySet<string>;
}

/** Articles should read at about grade 9 or below (Flesch-Kincaid): clients read these pages. */
export const READING_GRADE_LIMIT = 9;

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
  for (const doc of documents) {
    const spec = documentTypes[doc.type];
    const result = zodForType(spec, references).safeParse(doc.data);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      for (const p of explainIssue(issue, spec, doc.data, references)) {
        problems.push({ file: doc.file, line: doc.keyLines.get(p.field) ?? 1, ...p });
      }
    }
  }

  // Each body parsed once, by the same pipeline as the build, for every check below.
  const abbreviations = [...(references.get('GlossaryTerm') ?? [])];
  const parsed: ParsedDocument[] = documents.map((doc) => ({ ...doc, analysed: analyseBody(doc.body, abbreviations) }));
  const staticPaths = staticRoutes(site.appPageFiles);
  const context: BodyContext = {
    targets: linkTargets(staticPaths, parsed.map((doc) => ({ type: doc.type, slug: doc.slug, headings: doc.analysed.ok ? doc.analysed.headings : [] }))),
    publicFiles: site.publicFiles,
    pageIds: PAGE_IDS,
    bibliographyKeys,
    abbreviations,
  };
  for (const doc of parsed) for (const check of bodyChecks) problems.push(...check(doc, context));
  problems.push(
    ...checkDuplicates(documents),
    ...checkPageSlugs(documents, staticPaths),
    ...checkSections(documents),
    // The regulators' rules and unfinished text: modules of their own, given the documents as plain data and the parsed trees.
    ...credentialProblems(documents),
    ...advertisingProblems(parsed.map((doc) => ({ ...doc, tree: doc.analysed.ok ? doc.analysed.tree : undefined }))),
    ...placeholderProblems(documents),
    ...checkPracticeFile(files, documents, site.publicFiles),
    ...checkAnswerTopics(documents),
    ...checkHomeDocument(documents),
  );
  return {
    problems: sortProblems(problems),
    warnings: [...readingLevelWarnings(parsed), ...credentialWarnings(documents), ...staleReviewWarnings(documents)],
    documents,
    citedKeys: new Map(parsed.flatMap((doc) => (doc.analysed.ok ? [[doc.body, citedKeysInTree(doc.analysed.tree).map((c) => c.key)] as const] : []))),
  };
}

/** Ids the page layouts add around a document's body, which a same-page `#link` may use. */
const PAGE_IDS = new Set(['main', 'references', 'related']);

function readingLevelWarnings(documents: readonly ParsedDocument[]): Problem[] {
  return documents
    .filter((d) => d.type === 'Post' && d.analysed.ok)
    .map((d) => ({ doc: d, grade: fleschKincaidGrade(d.analysed.ok ? readableTextOfTree(d.analysed.tree) : '') }))
    .filter(({ grade }) => grade > READING_GRADE_LIMIT)
    .map(({ doc, grade }) => ({
      file: doc.file,
      // The first line of text, past the blank line after the front matter.
      line: doc.bodyStartLine + Math.max(0, doc.body.split('\n').findIndex((text) => text.trim() !== '')),
      field: 'reading level',
      message: `reads at about grade ${grade.toFixed(1)} (Flesch-Kincaid), above grade ${READING_GRADE_LIMIT}; this is a warning, not an error`,
      fix: 'shorter sentences and everyday words make it easier for clients to read',
    }));
}

function typeForPath(file: SourceFile, problems: Problem[]): DocumentTypeName | undefined {
  const folder = file.relativePath.split('/')[0];
  const type = documentTypeNames.find((name) => documentTypes[name].folder === folder);
  const folders = documentTypeNames.map((name) => `content/${documentTypes[name].folder}/`).join(', ');
  if (!type || !file.relativePath.includes('/')) {
    problems.push({ file: file.path, line: 1, field: 'file', message: 'is not in a folder the site reads', fix: `move it into one of ${folders}` });
    return undefined;
  }
  if (!file.relativePath.endsWith('.mdx')) {
    problems.push({ file: file.path, line: 1, field: 'file', message: 'is not an .mdx file', fix: 'rename it to end in .mdx, or move it out of content/' });
    return undefined;
  }
  return type;
}

function checkDuplicates(documents: readonly CheckedDocument[]): Problem[] {
  const problems: Problem[] = [];
  for (const type of documentTypeNames) {
    const ofType = documents.filter((d) => d.type === type);
    const label = documentTypes[type].label;
    problems.push(
      ...duplicatesBy(ofType, (d) => d.slug, (d, first) => ({
        file: d.file,
        line: 1,
        field: 'slug',
        message: `“${d.slug}” is already the address of the ${label} in ${first.file}`,
        fix: 'rename one of the two files',
      })),
    );
    for (const [field, spec] of Object.entries(documentTypes[type].fields)) {
      if ((spec.kind !== 'string' && spec.kind !== 'number') || !spec.unique) continue;
      problems.push(
        ...duplicatesBy(
          ofType.filter((d) => typeof d.data[field] === 'string' || typeof d.data[field] === 'number'),
          (d) => String(d.data[field]).trim().toLowerCase(),
          (d, first) => ({
            file: d.file,
            line: d.keyLines.get(field) ?? 1,
            field,
            message: `“${String(d.data[field])}” is already used by ${first.file}`,
            fix: `give each ${label} its own ${field}`,
          }),
        ),
      );
    }
  }
  return problems;
}

function duplicatesBy<T>(items: readonly T[], key: (item: T) => string, report: (item: T, first: T) => Problem): Problem[] {
  const seen = new Map<string, T>();
  const problems: Problem[] = [];
  for (const item of items) {
    const first = seen.get(key(item));
    if (first) problems.push(report(item, first));
    else seen.set(key(item), item);
  }
  return problems;
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

/**
 * A page is published at /<slug>/, so it must not take an address the site
 * already uses: a section, a page of app/, or a folder the build writes.
 */
function checkPageSlugs(documents: readonly CheckedDocument[], staticPaths: readonly string[]): Problem[] {
  const taken = new Set([...reservedTopLevelSegments, ...staticPaths.map((p) => p.split('/')[1] ?? '').filter(Boolean)]);
  return documents
    .filter((d) => d.type === 'Page' && taken.has(d.slug))
    .map((d) => ({
      file: d.file,
      line: 1,
      field: 'slug',
      message: `/${d.slug}/ is a name the site already uses for ${(sectionNames as readonly string[]).includes(d.slug) ? 'a section' : 'its own files'}`,
      fix: 'rename the file',
    }));
}

/** A section's introduction is named after its section: content/sections/blog.mdx introduces /blog/. */
function checkSections(documents: readonly CheckedDocument[]): Problem[] {
  return documents
    .filter((d) => d.type === 'Section' && !(sectionNames as readonly string[]).includes(d.slug))
    .map((d) => {
      const guess = closest(d.slug, sectionNames);
      return {
        file: d.file,
        line: 1,
        field: 'file',
        message: `“${d.slug}” is not a section of the site`,
        fix: guess ? `did you mean content/sections/${guess}.mdx?` : `name the file after a section: ${sectionNames.join(', ')}`,
      };
    });
}
