/**
 * Reads the practice profile (YAML) and explains every problem in the format
 * of every other content file, `path:line: field: problem (fix)`, with the
 * line of the offending key found from the YAML node ranges.
 */
import { checkImageSize } from '../images/sizeCheck';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../content/problems';
import { closest } from '../content/suggest';
import { fieldExamples, PracticeSchema, type Practice } from './schema';

export interface PracticeContext {
  /** Every file in public/, as its path on the site: `/images/a.jpg`. */
  readonly publicFiles: ReadonlySet<string>;
  /** Where public/ paths are read from, to measure photos; the project's public/ when unset. */
  readonly publicDir?: string;
  /** File names (without .mdx) of the team members in content/team/; undefined skips the check. */
  readonly teamSlugs?: readonly string[];
}

export interface PracticeCheck {
  /** The profile, when it has no problem. */
  readonly practice?: Practice;
  readonly problems: Problem[];
  /** 1-based line of each field, by dotted path (`contact.phone`), for messages about values that are missing. */
  readonly lineOf: (path: readonly PropertyKey[]) => number;
}

type Path = readonly PropertyKey[];

/** CRPO standard 6.1: no discount for paying early, promptly or by a preferred method. */
const DISCOUNT = /discount|rebate|early.?pay|prompt.?pay|pay.?early/i;

export function checkPractice(text: string, file: string, context: PracticeContext): PracticeCheck {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const lineOf = (path: Path) => nodeLine(doc, path, lineAt);
  const problems: Problem[] = [];
  const report = (path: Path, field: string, message: string, fix: string, line = lineOf(path)) => problems.push({ file, line, field, message, fix });

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report(
        [],
        'file',
        `is not valid YAML (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`,
        'write each field as `name: value` on its own line, indented under its group; put quotes around a value that contains a colon',
        lineAt(error.pos[0]),
      );
    }
    return { problems, lineOf };
  }
  const data: unknown = doc.toJS() ?? {};

  const discountKeys = keysMatching(doc.contents, [], DISCOUNT, lineAt);
  for (const { path, line } of discountKeys) {
    report(
      path,
      dotted(path),
      'is a discount, which the profile cannot hold: CRPO standard 6.1 forbids a discount for paying early, promptly or by a preferred method',
      'remove it; a reduced fee can only be considered case by case: `slidingScale: true` under fees',
      line,
    );
  }

  const result = PracticeSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(issue.path);
        for (const key of issue.keys) {
          if (DISCOUNT.test(key)) continue; // Already explained above, with the rule.
          const guess = closest(key, known);
          report(
            [...issue.path, key],
            dotted([...issue.path, key]),
            'is not a field of the practice profile here',
            guess ? `did you mean \`${guess}\`? Rename it` : `remove it; the fields here are ${known.join(', ')}`,
            keyLine(doc, [...issue.path, key], lineAt),
          );
        }
        continue;
      }
      const value = valueAt(data, issue.path);
      const example = fieldExamples[pattern(issue.path)] ?? fieldExamples[pattern(issue.path.slice(0, -1))];
      const fix = example ? `write it like \`${example}\`` : 'see the example profile in docs/publishing.md';
      report(
        issue.path,
        dotted(issue.path),
        value === undefined ? `is missing${issue.message.startsWith('is missing') ? issue.message.slice(10) : ''}` : explain(issue, value),
        fix,
      );
    }
  }

  const practice = result.success ? result.data : undefined;
  if (practice) {
    for (const [slug, member] of Object.entries(practice.team ?? {})) {
      if (context.teamSlugs && !context.teamSlugs.includes(slug)) {
        const guess = closest(slug, context.teamSlugs);
        report(
          ['team', slug],
          `team.${slug}`,
          `“${slug}” is not a team member in content/team/`,
          guess ? `did you mean \`${guess}\`?` : `use one of: ${context.teamSlugs.join(', ') || '(none yet)'}`,
          keyLine(doc, ['team', slug], lineAt),
        );
      }
      if (member.photo && !context.publicFiles.has(member.photo.src)) {
        report(
          ['team', slug, 'photo', 'src'],
          `team.${slug}.photo.src`,
          `“${member.photo.src}” is not a file in public/`,
          `put the photo at public${member.photo.src}, or correct the address`,
        );
      }
      // The same size rule as images in articles: sharp enough on a phone, not a camera original.
      const size = member.photo && checkImageSize(member.photo.src, context.publicFiles, context.publicDir);
      if (size) report(['team', slug, 'photo', 'src'], `team.${slug}.photo.src`, size.message, size.fix);
    }
  }
  const sorted = problems.sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
  return discountKeys.length === 0 && sorted.length === 0 ? { practice, problems: sorted, lineOf } : { problems: sorted, lineOf };
}

function explain(issue: z.core.$ZodIssue, value: unknown): string {
  const shown =
    typeof value === 'string'
      ? `“${value}”`
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object' && value !== null
          ? 'a group of fields'
          : String(value);
  if (issue.code === 'invalid_type')
    return `${issue.message.startsWith('Invalid input') ? `should be ${issue.expected === 'object' ? 'a group of fields' : issue.expected === 'array' ? 'a list' : issue.expected}` : issue.message}, not ${shown}`;
  if (issue.code === 'invalid_value') return `${shown} is not one of ${issue.values.join(', ')}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    if (typeof value === 'string')
      return `is ${value.trim().length} characters long; it must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}`;
    if (Array.isArray(value)) return 'is an empty list';
    return `is ${shown}; it must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}`;
  }
  if (issue.code === 'not_multiple_of') return `is ${shown}; write dollars and cents with at most two decimals`;
  if (issue.message.startsWith('Invalid')) return `${shown} is not valid here`;
  return `${shown} ${issue.message}`;
}

/** The field names the schema allows at a path, for "did you mean". */
function knownKeys(path: Path): string[] {
  let schema: z.ZodType = PracticeSchema;
  for (const key of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(key)] ?? schema;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) schema = schema._zod.def.valueType as z.ZodType;
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/** Keys anywhere in the file that match a pattern, with their lines. */
function keysMatching(node: unknown, path: Path, re: RegExp, lineAt: (offset: number) => number): { path: Path; line: number }[] {
  const found: { path: Path; line: number }[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const range = isScalar(pair.key) ? pair.key.range : undefined;
      if (re.test(key)) found.push({ path: [...path, key], line: range ? lineAt(range[0]) : 1 });
      found.push(...keysMatching(pair.value, [...path, key], re, lineAt));
    }
  } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
    (node as { items: unknown[] }).items.forEach((item, i) => found.push(...keysMatching(item, [...path, i], re, lineAt)));
  }
  return found;
}

function nodeLine(doc: Document, path: Path, lineAt: (offset: number) => number): number {
  for (let n = path.length; n > 0; n--) {
    const line = keyLine(doc, path.slice(0, n), lineAt, false);
    if (line > 0) return line;
  }
  return 1;
}

/** The line of the key at the end of a path (or of the list item), 1 when not found unless `fallback` is false (then 0). */
function keyLine(doc: Document, path: Path, lineAt: (offset: number) => number, fallback = true): number {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    if (range) return lineAt(range[0]);
  } else if (parent && typeof parent === 'object' && 'items' in parent && typeof last === 'number') {
    const item = (parent as { items: { range?: [number] }[] }).items[last];
    if (item?.range) return lineAt(item.range[0]);
  }
  return fallback ? 1 : 0;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function dotted(path: Path): string {
  return path.length === 0 ? 'file' : path.map(String).join('.');
}

/** `team.kaitlyn-kasha.registrations.0.number` → `team.*.registrations.*.number`, the key of fieldExamples. */
function pattern(path: Path): string {
  return path.map((key, i) => (typeof key === 'number' || (path[0] === 'team' && i === 1) ? '*' : key)).join('.');
}
