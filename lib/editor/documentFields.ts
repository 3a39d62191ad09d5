/**
 * Editor fields for a document type, from lib/content/schema.ts: each
 * FieldSpec kind has exactly one widget (the `satisfies` below makes a new
 * kind a type error until it has one), references become relations to the
 * referenced collection, and the help under each field is the schema's own
 * description.
 */
import { knownCredentialNames } from '../credentials';
import { documentTypes, referenceKey, type DocumentTypeName, type FieldSpec } from '../content/schema';
import { practiceTopics } from '../practice/topics';
import { labelFor, textList } from './jsonSchemaFields';
import type { EditorField } from './types';

/** The collection name of each document type: its folder, which is also what writers see in the address bar. */
export function collectionName(type: DocumentTypeName): string {
  return documentTypes[type].folder;
}

/**
 * The field a type's entries are known by in lists and relation pickers:
 * its first required text field (title, name, term, question).
 */
export function displayField(type: DocumentTypeName): string {
  const entry = Object.entries(documentTypes[type].fields).find(([, spec]) => spec.kind === 'string' && spec.required);
  if (!entry) throw new Error(`${type} has no required text field to list its entries by`);
  return entry[0];
}

/**
 * Fields whose values come from a fixed list kept elsewhere in the code
 * (the content check enforces the same lists): offered as selects.
 */
const vocabularies: Readonly<Record<string, { readonly options: readonly string[]; readonly multiple: boolean }>> = {
  'TeamMember.credentials': { options: knownCredentialNames, multiple: true },
  'Faq.answerFrom': { options: practiceTopics, multiple: false },
};

function relation(to: DocumentTypeName, multiple: boolean): Record<string, unknown> {
  const key = referenceKey(to) === 'slug' ? '{{slug}}' : referenceKey(to);
  return {
    widget: 'relation',
    collection: collectionName(to),
    value_field: key,
    search_fields: [displayField(to)],
    display_fields: [displayField(to)],
    multiple,
  };
}

type Widgets = { readonly [K in FieldSpec['kind']]: (spec: Extract<FieldSpec, { kind: K }>) => Record<string, unknown> };

const widgets = {
  string: (spec) => ({ widget: 'string', ...(spec.minLength ? { minlength: spec.minLength } : {}), ...(spec.maxLength ? { maxlength: spec.maxLength } : {}) }),
  // Dates are days: `type: date` keeps the time out, and `format` writes them as the content check reads them.
  date: () => ({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' }),
  boolean: (spec) => ({ widget: 'boolean', default: spec.default }),
  number: (spec) => ({ widget: 'number', value_type: 'int', min: spec.min, max: spec.max }),
  list: () => textList,
  reference: (spec) => relation(spec.to, false),
  references: (spec) => relation(spec.to, true),
} satisfies Widgets;

function editorField(type: DocumentTypeName, name: string, spec: FieldSpec): EditorField {
  const vocabulary = vocabularies[`${type}.${name}`];
  const widget: { widget: string } & Record<string, unknown> = vocabulary
    ? { widget: 'select', options: [...vocabulary.options], multiple: vocabulary.multiple }
    : ((widgets[spec.kind] as (s: FieldSpec) => Record<string, unknown>)(spec) as { widget: string });
  const required = spec.kind === 'boolean' ? false : spec.required;
  // The description starts lower-case because messages embed it ("title: the article title…"); a hint is a sentence.
  const hint = spec.description.charAt(0).toUpperCase() + spec.description.slice(1) + '.';
  return { name, label: labelFor(name), ...widget, required, hint };
}

export function documentFields(type: DocumentTypeName): EditorField[] {
  return Object.entries(documentTypes[type].fields).map(([name, spec]) => editorField(type, name, spec));
}
