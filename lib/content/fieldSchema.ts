/**
 * Turns a document type's field table into a zod schema, and zod's issues
 * into problems a writer can act on: the field, what is wrong in plain words,
 * and the fix (an example line, or the nearest known field name). Given the
 * keys of every document, the schema also checks the references between
 * documents (an author, related articles, areas, credentials).
 */
import { z } from 'zod';
import { isCalendarDate } from './dates';
import { documentTypes, type DocumentTypeName, type DocumentTypeSpec, type FieldSpec } from './schema';
import type { Finding } from '../diagnostics/problem';
import { didYouMean } from '../diagnostics/suggest';
import { explainZodIssue } from '../diagnostics/zodIssues';

/** The keys by which each document type can be referred to: slugs, or abbreviations for glossary terms. */
export type ReferenceTargets = ReadonlyMap<DocumentTypeName, ReadonlySet<string>>;

export function zodForType(spec: DocumentTypeSpec, targets: ReferenceTargets = new Map()) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(spec.fields)) shape[name] = zodForField(field, targets);
  return z.strictObject(shape);
}

function zodForField(field: FieldSpec, targets: ReferenceTargets): z.ZodType {
  const reference = (to: DocumentTypeName) =>
    z
      .string()
      .trim()
      .min(1)
      .refine((key) => targets.get(to)?.has(key) ?? false, { params: { reference: to } });
  switch (field.kind) {
    case 'string': {
      let s = z.string().trim();
      if (field.minLength !== undefined) s = s.min(field.minLength);
      if (field.maxLength !== undefined) s = s.max(field.maxLength);
      return field.required ? s : s.optional();
    }
    case 'reference': {
      const r = reference(field.to);
      return field.required ? r : r.optional();
    }
    case 'date': {
      const d = z.string().refine(isCalendarDate, { params: { date: true } });
      return field.required ? d : d.optional();
    }
    case 'boolean':
      return z.boolean().optional();
    case 'number': {
      const n = z.number().int().min(field.min).max(field.max);
      return field.required ? n : n.optional();
    }
    case 'list':
    case 'references': {
      const list = z.array(field.kind === 'references' ? reference(field.to) : z.string().trim().min(1));
      return field.required ? list : list.optional();
    }
  }
}

export type FieldProblem = Omit<Finding, 'line'>;

/** Explains one zod issue against the document type it came from. */
export function explainIssue(issue: z.core.$ZodIssue, spec: DocumentTypeSpec, data: Record<string, unknown>, targets: ReferenceTargets = new Map()): FieldProblem[] {
  const field = String(issue.path[0] ?? 'front matter');
  const fieldSpec = spec.fields[field];

  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(spec.fields);
    return issue.keys.map((key) => ({
      field: key,
      rule: 'frontmatter.unknown-field',
      message: `is not a field of ${withArticle(spec.label)}`,
      fix: spec.retired?.[key] ?? didYouMean(key, known, `remove it; the fields are ${known.join(', ')}`, { then: 'Rename it' }),
    }));
  }
  if (!fieldSpec) return [{ field, rule: 'frontmatter.invalid', message: issue.message, fix: 'check the front matter' }];

  const value = data[field];
  if (value === undefined || value === null) {
    return [{ field, rule: 'frontmatter.missing-field', message: `is missing: ${fieldSpec.description}`, fix: `add a line such as \`${fieldSpec.example}\`` }];
  }
  const example = `write it like \`${fieldSpec.example}\``;
  if (issue.code === 'custom' && (fieldSpec.kind === 'reference' || fieldSpec.kind === 'references')) {
    const key = String(issue.path.length > 1 && Array.isArray(value) ? value[Number(issue.path[1])] : value).trim();
    const to = fieldSpec.to;
    const known = [...(targets.get(to) ?? [])];
    return [
      {
        field,
        rule: 'frontmatter.unknown-reference',
        message: `“${key}” is not a known ${documentTypes[to].label}`,
        fix: didYouMean(key, known, `use one of: ${known.join(', ') || `(none yet: add one to content/${documentTypes[to].folder}/)`}`),
      },
    ];
  }
  if (issue.code === 'custom' && fieldSpec.kind === 'date') {
    return [{ field, rule: 'frontmatter.impossible-date', message: `“${String(value)}” is not a real date`, fix: `write the date as YYYY-MM-DD, for example \`${fieldSpec.example}\`` }];
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && fieldSpec.kind === 'number') {
    return [{ field, rule: 'frontmatter.out-of-range', message: `is ${String(value)}; it must be a whole number from ${fieldSpec.min} to ${fieldSpec.max}`, fix: example }];
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && Array.isArray(value)) {
    return [{ field, rule: 'frontmatter.empty-entry', message: 'has an empty entry', fix: `remove the empty entry, as in \`${fieldSpec.example}\`` }];
  }
  const explained = explainZodIssue(issue, value, issue.code === 'invalid_type' ? expected(fieldSpec) : undefined);
  const fix = explained.kind === 'too-long' ? 'shorten it' : explained.kind === 'too-short' || explained.kind === 'empty' ? 'say a little more' : example;
  return [{ field, rule: `frontmatter.${explained.kind}`, message: explained.message, fix }];
}

function expected(field: FieldSpec): string {
  switch (field.kind) {
    case 'string':
    case 'reference':
      return 'a piece of text';
    case 'date':
      return 'a date written YYYY-MM-DD';
    case 'boolean':
      return 'true or false';
    case 'number':
      return 'a whole number';
    case 'list':
    case 'references':
      return 'a list in square brackets';
  }
}

function withArticle(label: string): string {
  return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}
