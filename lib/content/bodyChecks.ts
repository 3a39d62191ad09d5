/**
 * Checks the text of one content file (the MDX after the front matter): that
 * it compiles, that its headings go in order, that its links, images and
 * recordings point at something that exists, and that every component is one
 * the site has, used as its declaration in components/mdx/*.props.ts says.
 * Each problem names the file line and what to do, in words for writers, not
 * developers.
 */
import { checkImageSize } from '../images/sizeCheck';
import { z } from 'zod';
import { isMdxComponentName, mdxComponentNames, mdxComponentUsages, type MdxComponentName } from '../components/catalogue';
import type { MdxComponentUsage } from '../components/usage';
import { citingAttributes } from './citations';
import { analyseBody, visit, type AnalysedBody, type CompileFailure, type HeadingId, type TreeNode } from './headings';
import { readAttributes, type StaticValue } from './jsxAttributes';
import type { Problem } from './problems';
import { sortProblems } from './problems';
import { closest, typoDistance } from './suggest';

export { mdxComponentNames, type MdxComponentName };

export interface BodyContext {
  /** Every page of the site, as its path (`/experiences/receptive/`), with the ids (`#fragments`) on that page. */
  readonly targets: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every file under public/, as its path on the site (`/images/a.png`). */
  readonly publicFiles: ReadonlySet<string>;
  /**
   * Ids the page's layout adds around the body (e.g. `references`, `related`),
   * which a same-page link `#id` may also use. Optional: without it, `#id`
   * must name one of the body's own headings.
   */
  readonly pageIds?: ReadonlySet<string>;
  /** The keys of the bibliography, which `<Cite id>` and `<Quote source>` must name. Optional: without it citations are not looked up. */
  readonly bibliographyKeys?: readonly string[];
  /** The abbreviations the glossary defines, which `<Abbr>` must name. Optional: without it abbreviations are not looked up. */
  readonly abbreviations?: readonly string[];
  /** The folder public/ paths are read from, to measure images; the project's public/ when unset. */
  readonly publicDir?: string;
}

export interface BodyInput {
  /** Path as shown to the writer, e.g. `content/posts/hello.mdx`. */
  readonly file: string;
  /** The text after the front matter. */
  readonly body: string;
  /** 1-based line in the file where the body starts. */
  readonly bodyStartLine: number;
}

type Report = (line: number, field: string, message: string, fix: string) => void;

/** `analysed`: the body already parsed (the check parses each body once); parsed here when not given. */
export function checkBody(input: BodyInput, context: BodyContext, analysed: AnalysedBody = analyseBody(input.body, context.abbreviations)): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (line, field, message, fix) => problems.push({ file: input.file, line: input.bodyStartLine + line - 1, field, message, fix });

  if (!analysed.ok) {
    const { message, fix } = explainCompileFailure(analysed.error);
    report(analysed.error.line, 'body', message, fix);
    return problems;
  }

  const { tree, headings } = analysed;
  const definitions = new Map<string, string>();
  visit(tree, (node) => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node.url ?? '');
  });
  const ownIds = new Set([...headings.map((h) => h.id), ...(context.pageIds ?? [])]);
  const links = new LinkChecker(context, headings, ownIds, report);
  const writtenHeadings: WrittenHeading[] = [];

  visit(tree, (node) => {
    // Nodes without a position were added by the pipeline (such as the glossary's <Abbr> marks), not written.
    if (!node.position) return;
    const line = node.position.start.line;
    switch (node.type) {
      case 'heading':
        writtenHeadings.push({ depth: node.depth ?? 1, text: plainText(node), line, jsx: false });
        return;
      case 'link':
        links.check(node.url ?? '', line, plainText(node));
        return;
      case 'definition':
        links.check(node.url ?? '', line, `[${node.identifier ?? ''}]`);
        return;
      case 'image':
        checkImage({ src: node.url ?? '', alt: node.alt ?? '', line, markdown: true }, context, report);
        return;
      case 'imageReference':
        checkImage({ src: definitions.get(node.identifier ?? '') ?? '', alt: node.alt ?? '', line, markdown: true }, context, report);
        return;
      case 'mdxjsEsm':
        report(line, 'body', 'import and export lines are not allowed in content files', 'remove the line; the site’s components, such as <Quote> and <Figure>, work without importing them');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, line, { context, report, links, writtenHeadings });
        return;
    }
  });

  checkHeadingLevels(writtenHeadings, report);
  return sortProblems(problems);
}

// ── Compile errors ───────────────────────────────────────────────────────────

function explainCompileFailure(error: CompileFailure): { message: string; fix: string } {
  const reason = error.reason
    // The compiler's positions count from the body, not the file; the line is reported on its own.
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
    // Character codes and notes the fix below says in plainer words.
    .replace(/\s*\(U\+[0-9A-F]+\)/g, '')
    .replace(/\s*\(note: [^)]*\)\s*$/, '');
  const message = `this is not valid MDX: ${reason}`;
  const source = error.source ?? '';
  if (source.includes('mdxjs-esm')) {
    return { message, fix: 'remove the line starting with import or export; articles use only the site’s components' };
  }
  if (source.includes('mdx-expression')) {
    return { message, fix: 'write \\{ for a literal brace, or close the { with }' };
  }
  if (/comment in MDX/.test(error.reason)) {
    return { message, fix: 'write a comment as {/* your note */}, or remove it' };
  }
  const name = /closing tag for `<([^>`]*)>`/.exec(error.reason)?.[1];
  if (name !== undefined) {
    return {
      message,
      fix: /before the end of `paragraph`/.test(error.reason)
        ? `close it with </${name}> in the same paragraph, or put <${name} …> and </${name}> on lines of their own`
        : `close it with </${name}>, or end the tag with /> when nothing goes inside`,
    };
  }
  if (source.includes('mdx-jsx')) {
    return { message, fix: 'write \\< for a literal <, or check the spelling of the tag' };
  }
  return { message, fix: 'close the component, or write \\{ for a literal brace and \\< for a literal <' };
}

// ── Headings ─────────────────────────────────────────────────────────────────

interface WrittenHeading {
  readonly depth: number;
  readonly text: string;
  readonly line: number;
  /** Written as `<h2>…</h2>` rather than `##`. */
  readonly jsx: boolean;
}

function headingSyntax(depth: number, jsx: boolean): string {
  return jsx ? `<h${depth}>` : '#'.repeat(depth);
}

/** The page title is the only level-1 heading; below it, each heading may go at most one level deeper than the one before. */
function checkHeadingLevels(headings: readonly WrittenHeading[], report: Report): void {
  let previous = 1;
  headings.forEach((heading, index) => {
    const name = heading.text ? `“${heading.text}”` : 'an empty heading';
    if (heading.depth === 1) {
      report(heading.line, 'heading', `${name} is a level-1 heading; only the title is level 1`, `use ${headingSyntax(2, heading.jsx)} for a section heading`);
    } else if (heading.depth > previous + 1) {
      const expected = previous + 1;
      if (index === 0) {
        report(heading.line, 'heading', `the first heading, ${name}, is level ${heading.depth}; sections start at level 2`, `make it level 2 (${headingSyntax(2, heading.jsx)})`);
      } else {
        report(
          heading.line,
          'heading',
          `the heading ${name} skips from level ${previous} to level ${heading.depth}`,
          `make it level ${expected} (${headingSyntax(expected, heading.jsx)}), or add a level-${expected} heading above it`,
        );
      }
    }
    previous = heading.depth;
  });
}

// ── Links ────────────────────────────────────────────────────────────────────

const EXTERNAL = /^(?:https?:|mailto:|tel:|sms:|\/\/)/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

class LinkChecker {
  constructor(
    private readonly context: BodyContext,
    private readonly headings: readonly HeadingId[],
    private readonly ownIds: ReadonlySet<string>,
    private readonly report: Report,
  ) {}

  check(rawUrl: string, line: number, words: string): void {
    const url = rawUrl.trim();
    if (url === '') {
      this.report(line, 'link', words ? `the link “${words}” has no address` : 'a link has no address', 'put the address between the brackets, like [our approach](/approach/)');
      return;
    }
    if (EXTERNAL.test(url) || ANY_SCHEME.test(url)) return;
    if (url.startsWith('#')) return this.checkSamePage(url, line);
    if (!url.startsWith('/')) {
      const looksLikeSite = /^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/|$))/i.test(url);
      this.report(
        line,
        'link',
        `the link to ${url} does not start with / or https://`,
        looksLikeSite
          ? `write the full address, like https://${url}`
          : `start a link to this site with /, like /${url.replace(/^(?:\.\.?\/)+/, '')}, and a link to another site with https://`,
      );
      return;
    }
    this.checkSitePath(url, line);
  }

  private checkSamePage(url: string, line: number): void {
    const id = decode(url.slice(1));
    if (id === '' || this.ownIds.has(id)) return;
    const ids = this.headings.map((h) => h.id);
    const guess = closest(id, [...this.ownIds]);
    this.report(
      line,
      'link',
      `the link to #${id} goes to a heading this page does not have`,
      guess
        ? `did you mean #${guess}?`
        : ids.length > 0
          ? `use the id of one of this page’s headings: ${ids.map((i) => `#${i}`).join(', ')}`
          : 'this page has no ## headings to link to; remove the link or add the heading',
    );
  }

  private checkSitePath(url: string, line: number): void {
    const hashAt = url.indexOf('#');
    const fragment = hashAt === -1 ? '' : decode(url.slice(hashAt + 1));
    let pathname = (hashAt === -1 ? url : url.slice(0, hashAt)).replace(/\?.*$/, '');
    const lastSegment = pathname.split('/').pop() ?? '';
    const { targets, publicFiles } = this.context;

    if (lastSegment.includes('.')) {
      if (publicFiles.has(pathname) || publicFiles.has(decode(pathname)) || targets.has(pathname)) return;
      const guess = closestFile(pathname, publicFiles);
      this.report(
        line,
        'link',
        `the link to ${url} goes to a file that is not in public/`,
        guess ? `did you mean ${guess}?` : `add the file at public${decode(pathname)}, or correct the address`,
      );
      return;
    }

    if (!pathname.endsWith('/')) pathname += '/';
    const ids = targets.get(pathname) ?? targets.get(decode(pathname));
    if (!ids) {
      const guess = closest(pathname, [...targets.keys()]);
      this.report(
        line,
        'link',
        `the link to ${url} goes to a page that does not exist`,
        guess ? `did you mean ${guess}${fragment ? `#${fragment}` : ''}?` : 'check the address on the live site, or remove the link',
      );
      return;
    }
    if (fragment === '' || ids.has(fragment)) return;
    const guess = closest(fragment, [...ids]);
    this.report(
      line,
      'link',
      `the link to ${url} goes to a part of ${pathname} that does not exist`,
      guess ? `did you mean ${pathname}#${guess}?` : `link to ${pathname} without #${fragment}, or use the id of one of its headings`,
    );
  }
}

/** A file whose path differs from `path` by what could be a typo in its name, not a different file in the same folder. */
function closestFile(path: string, files: ReadonlySet<string>): string | undefined {
  const guess = closest(path, [...files]);
  const name = path.split('/').pop() ?? path;
  return guess !== undefined && typoDistance(path, guess) <= Math.max(1, Math.floor(name.length / 3)) ? guess : undefined;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// ── Images and recordings ────────────────────────────────────────────────────

interface ImageUse {
  readonly src: string;
  /** undefined when it is an expression the check cannot read. */
  readonly alt: string | undefined;
  readonly line: number;
  /** `![alt](src)` rather than `<Figure>` or `<img>`. */
  readonly markdown: boolean;
}

function checkImage({ src, alt, line, markdown }: ImageUse, context: BodyContext, report: Report): void {
  const where = checkLocalFile(src.trim(), context, {
    missing: ['the image has no address', markdown ? 'put its path in the brackets, like ![what it shows](/images/garden.jpg)' : 'add src="/images/…" with its path under public/'],
    external: (s) => [`the image ${s} is on another site`, 'save the image in public/images/ and use its path, like /images/name.jpg; the site loads nothing from other sites'],
    relative: (s) => [`the image ${s} does not start with /`, `use its path under public/, like /${s.replace(/^(?:\.\.?\/)+/, '')}`],
    notFound: (s) => [`the image ${s} is not in public/`, `add the file at public${s}, or correct the path`],
  });
  where(line, report);
  const size = checkImageSize(src.trim(), context.publicFiles, context.publicDir);
  if (size) report(line, 'image', size.message, size.fix);
  if (alt !== undefined && alt.trim() === '') {
    const name = src.trim() ? ` ${src.trim()}` : '';
    report(
      line,
      'image',
      `the image${name} has no alt text`,
      markdown
        ? 'describe what the image shows between the square brackets, like ![Two people playing hand drums](/images/drums.jpg)'
        : 'describe what the image shows in alt="…"; articles have no decorative images',
    );
  }
}

type Message = [message: string, fix: string];

/** Checks that `src` is a file under public/; returns a function that reports what is wrong, if anything. */
function checkLocalFile(
  src: string,
  context: BodyContext,
  words: { missing: Message; external: (src: string) => Message; relative: (src: string) => Message; notFound: (src: string) => Message },
  field = 'image',
): (line: number, report: Report) => void {
  let problem: Message | undefined;
  if (src === '') problem = words.missing;
  else if (EXTERNAL.test(src) || ANY_SCHEME.test(src)) problem = words.external(src);
  else if (!src.startsWith('/')) problem = words.relative(src);
  else if (!context.publicFiles.has(src) && !context.publicFiles.has(decode(src))) {
    const guess = closestFile(src, context.publicFiles);
    const [message, fix] = words.notFound(src);
    problem = [message, guess ? `did you mean ${guess}?` : fix];
  }
  return (line, report) => {
    if (problem) report(line, field, problem[0], problem[1]);
  };
}

// ── JSX elements ─────────────────────────────────────────────────────────────

interface ElementContext {
  readonly context: BodyContext;
  readonly report: Report;
  readonly links: LinkChecker;
  readonly writtenHeadings: WrittenHeading[];
}

const JSX_HEADING = /^h([1-6])$/;

function checkElement(node: TreeNode, line: number, { context, report, links, writtenHeadings }: ElementContext): void {
  const name = node.name;
  if (!name) return; // a fragment, <>…</>
  const headingDepth = JSX_HEADING.exec(name)?.[1];
  if (headingDepth) {
    writtenHeadings.push({ depth: Number(headingDepth), text: plainText(node), line, jsx: true });
    return;
  }
  if (name === 'a') {
    const href = textAttribute(node, 'href');
    if (href !== undefined) links.check(href, line, plainText(node));
    return;
  }
  if (name === 'img') {
    const { values, problems } = readAttributes(node);
    const alt = values.alt ?? (problems.some((p) => p.name === 'alt') ? undefined : '');
    checkImage({ src: textAttribute(node, 'src') ?? '', alt: alt === undefined ? undefined : String(alt === true ? '' : alt), line, markdown: false }, context, report);
    return;
  }
  if (!/^[A-Z]/.test(name) && !name.includes('.')) return; // an HTML element such as <br />

  if (!isMdxComponentName(name)) {
    const guess = closest(name, mdxComponentNames);
    report(
      line,
      'component',
      `<${name}> is not a component the site knows`,
      guess ? `did you mean <${guess}>?` : `use one of ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}, or write it as text`,
    );
    return;
  }
  const usage: MdxComponentUsage = mdxComponentUsages[name];
  if (node.type === 'mdxJsxTextElement' && usage.layout === 'block') {
    report(line, 'component', `<${name}> is inside a paragraph`, `put <${name}> on lines of its own, with a blank line before and after it`);
  }
  const attributes = checkAttributes(node, name, usage, line, report);
  checkChildren(node, name, usage, line, report);
  checkReferences(node, name, attributes, line, context, report);
}

/** Validates the written attributes against the component's declaration; returns them when they can be read. */
function checkAttributes(node: TreeNode, name: MdxComponentName, usage: MdxComponentUsage, line: number, report: Report): Record<string, StaticValue> {
  const { values, lines, problems } = readAttributes(node);
  for (const problem of problems) {
    if (problem.name === '{…}') {
      report(problem.line, 'component', `<${name}> has {${problem.expression}} among its attributes, which the site cannot read`, `write each attribute as name="value", e.g. ${firstLine(usage.example)}`);
    } else {
      report(
        problem.line,
        'component',
        `<${name} ${problem.name}={${problem.expression}}> is not a plain value`,
        `write the value itself, like ${problem.name}="…"; content files hold text, numbers and true or false, not calculations`,
      );
    }
  }
  const unreadable = new Set(problems.map((p) => p.name));
  const result = usage.props.safeParse(values);
  if (result.success) return values;
  const known = Object.keys(usage.props.shape);
  const failed = new Set<string>(unreadable);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (unreadable.has(key)) continue;
        const guess = closest(key, known);
        report(
          lines.get(key) ?? line,
          'component',
          `<${name}> has no attribute “${key}”`,
          guess ? `did you mean ${guess}="…"?` : known.length > 0 ? `use ${orList(known)}, or remove ${key}` : `write <${name} /> with no attributes`,
        );
      }
      continue;
    }
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    if (key === undefined) {
      const fix = (issue as { params?: { fix?: string } }).params?.fix ?? `see ${firstLine(usage.example)}`;
      report(line, 'component', `<${name}> ${issue.message}`, fix);
      continue;
    }
    if (unreadable.has(key)) continue;
    failed.add(key);
    const at = lines.get(key) ?? line;
    const written = values[key];
    const field = usage.props.shape[key] as z.ZodType;
    const what = field.description ?? '';
    if (written === undefined) {
      report(at, 'component', `<${name}> needs ${key}="…"`, `add ${key}="…": ${what}, as in ${firstLine(usage.example)}`);
    } else if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String);
      const guess = closest(String(written), allowed);
      const optional = field.safeParse(undefined).success ? `, or leave ${key} out` : '';
      report(at, 'component', `<${name} ${key}="${String(written)}"> is not one the site has`, `${guess ? `did you mean ${key}="${guess}"? ` : ''}use ${orList(allowed.map((v) => `${key}="${v}"`))}${optional}`);
    } else {
      report(at, 'component', `<${name} ${key}=${JSON.stringify(written)}> ${valueProblem(issue, written)}`, `${key} is ${what}`);
    }
  }
  return Object.fromEntries(Object.entries(values).filter(([key]) => !failed.has(key)));
}

/** A zod issue about one attribute's value, in a writer's words. */
function valueProblem(issue: z.core.$ZodIssue, written: StaticValue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `is ${typeof written === 'string' ? 'text' : typeof written === 'boolean' ? 'true or false' : 'a number'}, not ${issue.expected === 'string' ? 'text' : issue.expected}`;
    case 'invalid_union':
      return `is ${typeof written === 'boolean' ? 'true or false' : 'not a usable value'}`;
    case 'too_small':
      return 'is empty';
    case 'invalid_format':
      return 'prefix' in issue && typeof issue.prefix === 'string' ? `does not start with ${issue.prefix}` : 'is not written as it should be';
    default:
      return issue.message;
  }
}

function checkChildren(node: TreeNode, name: MdxComponentName, usage: MdxComponentUsage, line: number, report: Report): void {
  const hasWords = plainText(node) !== '' || hasExpression(node);
  if (usage.children.required && !hasWords) {
    report(line, 'component', `<${name}> has nothing between its tags`, `between <${name} …> and </${name}>, write ${usage.children.what}`);
  } else if (!usage.children.required && (node.children ?? []).length > 0 && hasWords) {
    report(line, 'component', `<${name}> does not show what is written between its tags`, `end the tag with /> and put the words outside it, as in ${firstLine(usage.example)}`);
  }
}

/** What a component's attributes or words point at: a file in public/, a work in the bibliography, a glossary entry. */
function checkReferences(node: TreeNode, name: MdxComponentName, attributes: Record<string, StaticValue>, line: number, context: BodyContext, report: Report): void {
  const { lines } = readAttributes(node);
  if (name === 'Figure') {
    // Its alt text is checked by the declaration; here only that the file is there.
    const src = attributes.src;
    if (typeof src === 'string') checkImage({ src, alt: undefined, line: lines.get('src') ?? line, markdown: false }, context, report);
  } else if (name === 'Audio') {
    const src = attributes.src;
    if (typeof src === 'string') checkAudio(src.trim(), lines.get('src') ?? line, context, report);
  } else if (name === 'Abbr' && context.abbreviations) {
    const abbreviation = plainText(node);
    if (abbreviation !== '' && !context.abbreviations.includes(abbreviation)) {
      const guess = closest(abbreviation, context.abbreviations);
      report(line, 'body', `<Abbr>${abbreviation}</Abbr> is not in the glossary`, guess ? `did you mean \`${guess}\`?` : 'add a file for it to content/glossary/ with `abbreviation:` set');
    }
  }
  const citing = citingAttributes[name];
  const key = citing === undefined ? undefined : attributes[citing];
  if (typeof key === 'string' && context.bibliographyKeys && !context.bibliographyKeys.includes(key.trim())) {
    const known = context.bibliographyKeys;
    const guess = closest(key.trim(), known);
    report(
      lines.get(citing!) ?? line,
      'body',
      `the citation key “${key.trim()}” is not in the bibliography`,
      guess ? `did you mean \`${guess}\`?` : known.length > 0 ? `use one of ${known.join(', ')}, or add the work to content/bibliography.yaml` : 'add the work to content/bibliography.yaml',
    );
  }
}

function checkAudio(src: string, line: number, context: BodyContext, report: Report): void {
  checkLocalFile(
    src,
    context,
    {
      missing: ['the <Audio> has no src', 'add src="/audio/…" with the path of the recording under public/'],
      external: (s) => [`the recording ${s} is on another site`, 'save the recording in public/audio/ and use its path, like /audio/name.mp3; the site loads nothing from other sites'],
      relative: (s) => [`the recording ${s} does not start with /`, `use its path under public/, like /${s.replace(/^(?:\.\.?\/)+/, '')}`],
      notFound: (s) => [`the recording ${s} is not in public/`, `add the file at public${s}, or correct the path`],
    },
    'audio',
  )(line, report);
}

/** "a, b or c" */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!;
}

/** The text value of an HTML attribute (`<a href>`, `<img src>`): undefined when missing or not a static value. */
function textAttribute(node: TreeNode, name: string): string | undefined {
  const value = readAttributes(node).values[name];
  return value === undefined ? undefined : value === true ? '' : String(value);
}

function hasExpression(node: TreeNode): boolean {
  let found = false;
  visit(node, (n) => {
    if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && !/^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value ?? '')) found = true;
  });
  return found;
}

/** The words of a markdown node (mdast-util-to-string), without expressions, spaces collapsed. */
function plainText(node: TreeNode): string {
  const words: string[] = [];
  visit(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') words.push(n.value ?? '');
  });
  return words.join('').replace(/\s+/g, ' ').trim();
}
