/**
 * Reads the practice profile (YAML) and explains every problem in the format
 * of every other content file, `path:line: field: problem (fix)`, with the
 * line of the offending key found from the YAML node ranges (read by
 * lib/diagnostics/yaml.ts; zod's issues worded by lib/diagnostics/zodIssues.ts).
 */
import { SUPERVISED_TITLE } from '../credentials';
import { checkImageSize } from '../images/sizeCheck';
import { isMap, isScalar } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../diagnostics/problem';
import { didYouMean } from '../diagnostics/suggest';
import { keyLine, nearestKeyLine, readYaml, type KeyPath } from '../diagnostics/yaml';
import { explainZodIssue } from '../diagnostics/zodIssues';
import { fieldExamples, PracticeSchema, type Practice } from './schema';

export interface PracticeContext {
  /** Every file in public/, as its path on the site: `/images/a.jpg`. */
  readonly publicFiles: ReadonlySet<string>;
  /** Where public/ paths are read from, to measure photos; the project's public/ when unset. */
  readonly publicDir?: string;
  /** File names (without .mdx) of the team members in content/team/; undefined skips the check. */
  readonly teamSlugs?: readonly string[];
  /** Of those, the ones whose team file names them RP (Qualifying); undefined skips the supervisor check. */
  readonly supervisedSlugs?: readonly string[];
}

export interface PracticeCheck {
  /** The profile, when it has no problem. */
  readonly practice?: Practice;
  readonly problems: Problem[];
  /** 1-based line of each field, by dotted path (`contact.phone`), for messages about values that are missing. */
  readonly lineOf: (path: readonly PropertyKey[]) => number;
}

type Path = KeyPath;

/** CRPO standard 6.1: no discount for paying early, promptly or by a preferred method. */
const DISCOUNT = /discount|rebate|early.?pay|prompt.?pay|pay.?early/i;

export function checkPractice(text: string, file: string, context: PracticeContext): PracticeCheck {
  const yaml = readYaml(text);
  const { doc, lineAt } = yaml;
  const lineOf = (path: Path) => nearestKeyLine(yaml, path);
  const problems: Problem[] = [];
  const report = (path: Path, field: string, rule: string, message: string, fix: string, line = lineOf(path)) =>
    problems.push({ file, line, field, rule: `profile.${rule}`, message, fix });

  if (yaml.errors.length > 0) {
    for (const error of yaml.errors) {
      report(
        [],
        'file',
        'invalid-yaml',
        `is not valid YAML (${error.reason})`,
        'write each field as `name: value` on its own line, indented under its group; put quotes around a value that contains a colon',
        error.line,
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
      'discount',
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
          report(
            [...issue.path, key],
            dotted([...issue.path, key]),
            'unknown-field',
            'is not a field of the practice profile here',
            didYouMean(key, known, `remove it; the fields here are ${known.join(', ')}`, { then: 'Rename it' }),
            keyLine(yaml, [...issue.path, key]),
          );
        }
        continue;
      }
      const value = valueAt(data, issue.path);
      const example = fieldExamples[pattern(issue.path)] ?? fieldExamples[pattern(issue.path.slice(0, -1))];
      const fix = example ? `write it like \`${example}\`` : 'see the example profile in docs/publishing.md';
      const explained = explainZodIssue(issue, value);
      report(issue.path, dotted(issue.path), explained.kind, explained.message, fix);
    }
  }

  const practice = result.success ? result.data : undefined;
  if (practice) {
    for (const [slug, member] of Object.entries(practice.team ?? {})) {
      if (context.teamSlugs && !context.teamSlugs.includes(slug)) {
        report(
          ['team', slug],
          `team.${slug}`,
          'unknown-team-member',
          `“${slug}” is not a team member in content/team/`,
          didYouMean(slug, context.teamSlugs, `use one of: ${context.teamSlugs.join(', ') || '(none yet)'}`),
          keyLine(yaml, ['team', slug]),
        );
      }
      // A value the pages would not show is refused, not dropped without a word.
      if (member.supervisor && context.supervisedSlugs && context.teamSlugs?.includes(slug) && !context.supervisedSlugs.includes(slug)) {
        report(
          ['team', slug, 'supervisor'],
          `team.${slug}.supervisor`,
          'supervisor-not-qualifying',
          `is given, but content/team/${slug}.mdx does not name them ${SUPERVISED_TITLE}, the one College title whose holders practise under supervision; the site shows a supervisor for no one else`,
          `remove the supervisor, or add \`${SUPERVISED_TITLE}\` to their credentials if that is their title on the CRPO register`,
        );
      }
      const availability = member.availability;
      if (availability?.wait && availability.status !== 'waitlist') {
        report(
          ['team', slug, 'availability', 'wait'],
          `team.${slug}.availability.wait`,
          'wait-without-waitlist',
          `is given, but the status is “${availability.status}”: a wait is shown only with a waitlist`,
          'remove the wait, or write `status: waitlist` if there is one',
        );
      }
      if (member.photo && !context.publicFiles.has(member.photo.src)) {
        report(
          ['team', slug, 'photo', 'src'],
          `team.${slug}.photo.src`,
          'photo-not-found',
          `“${member.photo.src}” is not a file in public/`,
          `put the photo at public${member.photo.src}, or correct the address`,
        );
      }
      // The same size rule as images in articles: sharp enough on a phone, not a camera original.
      const size = member.photo && checkImageSize(member.photo.src, context.publicFiles, context.publicDir);
      if (size) report(['team', slug, 'photo', 'src'], `team.${slug}.photo.src`, 'photo-size', size.message, size.fix);
    }
  }
  const sorted = problems.sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
  return discountKeys.length === 0 && sorted.length === 0 ? { practice, problems: sorted, lineOf } : { problems: sorted, lineOf };
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
