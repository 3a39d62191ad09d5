/**
 * Editor form fields from a JSON Schema, as zod's `z.toJSONSchema` writes it:
 * objects become nested groups, closed vocabularies selects, arrays lists.
 * Used for the practice profile and for components' attributes, so both
 * forms follow their zod schema and cannot drift from it.
 */
import type { EditorField } from './types';

export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly description?: string;
  readonly anyOf?: readonly JsonSchema[];
  readonly additionalProperties?: boolean | JsonSchema;
}

/** "spaceAccessibility" → "Space accessibility": labels are derived, never written twice. */
export function labelFor(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  return schema.type as string | undefined;
}

function vocabulary(schema: JsonSchema): string[] | undefined {
  if (schema.enum) return schema.enum.map(String);
  if (schema.anyOf?.every((s) => s.const !== undefined)) return schema.anyOf.map((s) => String(s.const));
  return undefined;
}

/**
 * A list of words, one text box per item. Without a declared item field the
 * editor counts every entry holding such a list as changed as soon as it is
 * opened (Sveltia CMS 0.221.1), so Save is on with nothing edited.
 */
export const textList = { widget: 'list', field: { name: 'item', label: 'Item', widget: 'string' } } as const;

/** Help under a field: the schema's description, else its example line ("phone: 416-555-0100") as "For example: …". */
export type HintFor = (path: string, schema: JsonSchema) => string | undefined;

export const describedOnly: HintFor = (_path, schema) => schema.description;

/** One key of a map with free keys that gets its own group in the form, such as a team member's file name. */
export interface MapKey {
  readonly key: string;
  readonly label: string;
  readonly hint?: string;
}

export interface FormOptions {
  readonly hintFor: HintFor;
  /** Dotted paths of maps with free keys, which a form cannot edit; the editor keeps them in the file as they are. */
  readonly leftOut: string[];
  /** For a map with free keys at a dotted path, the keys to offer, each as a group of the map's value fields. */
  readonly mapKeys?: Readonly<Record<string, readonly MapKey[]>>;
}

/** One field at `path`; `required` says whether the schema's parent lists it. Undefined for a map with free keys. */
export function fieldFromJsonSchema(path: string, schema: JsonSchema, required: boolean, options: FormOptions): EditorField | undefined {
  const name = path.split('.').pop()!;
  const hint = options.hintFor(path, schema);
  const withHelp = (field: EditorField): EditorField => (hint ? { ...field, hint } : field);
  const fieldsFromJsonSchema = (child: JsonSchema, childPath: string) => formFields(child, options, childPath);
  const base = { name, label: labelFor(name), required };
  const choices = vocabulary(schema);
  if (choices) return withHelp({ ...base, widget: 'select', options: choices });
  switch (typeOf(schema)) {
    case 'boolean':
      return withHelp({ ...base, widget: 'boolean', required: false });
    case 'number':
    case 'integer':
      return withHelp({ ...base, widget: 'number', value_type: typeOf(schema) === 'integer' ? 'int' : 'float' });
    case 'array': {
      const items = schema.items ?? {};
      const itemOptions = vocabulary(items);
      if (itemOptions) return withHelp({ ...base, widget: 'select', multiple: true, options: itemOptions });
      if (typeOf(items) === 'object') return withHelp({ ...base, widget: 'list', fields: fieldsFromJsonSchema(items, `${path}.*`) });
      return withHelp({ ...base, ...textList });
    }
    case 'object':
      if (schema.properties) return withHelp({ ...base, widget: 'object', fields: fieldsFromJsonSchema(schema, path) });
      if (options.mapKeys?.[path] && typeof schema.additionalProperties === 'object')
        return withHelp(mapAsGroups(path, schema.additionalProperties, base, options));
      // A map keyed by the writer's own names (the profile's team, by file name) has no form in the CMS.
      options.leftOut.push(path);
      return undefined;
    default:
      return withHelp({ ...base, widget: 'string' });
  }
}

/**
 * A map with free keys as a group holding one optional group per known key,
 * each with the map's value fields (hints from the `path.*` entries): it
 * writes the same `key: {…}` shape the file has.
 */
function mapAsGroups(path: string, value: JsonSchema, base: { name: string; label: string; required: boolean }, options: FormOptions): EditorField {
  const fields = options.mapKeys![path]!.flatMap((entry) => {
    const field = fieldFromJsonSchema(`${path}.*`, value, false, options);
    return field ? [{ ...field, name: entry.key, label: entry.label, ...(entry.hint ? { hint: entry.hint } : {}) }] : [];
  });
  return { ...base, widget: 'object', fields };
}

/** The fields of an object schema; `prefix` is its dotted path ('' at the top). */
export function formFields(schema: JsonSchema, options: FormOptions, prefix = ''): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, child]) => {
    const field = fieldFromJsonSchema(prefix ? `${prefix}.${name}` : name, child, required.has(name), options);
    return field ? [field] : [];
  });
}
