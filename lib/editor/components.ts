/**
 * The MDX components staff may insert from the editor, from their
 * declarations (lib/components/catalogue.ts): each block component with its
 * attributes as form fields (from its zod props) and, when it has words
 * between its tags, a text field for them. Inline components (Abbr, Cite)
 * stay typed in the text, as the staff guide shows.
 *
 * The editor needs functions (match a block, write it back), which a
 * configuration file cannot hold: `componentsScript` writes them, with the
 * data, as the small script /admin/components.js.
 */
import { z } from 'zod';
import { mdxComponentUsages, type MdxComponentName } from '../components/catalogue';
import { describedOnly, formFields, labelFor, type JsonSchema } from './jsonSchemaFields';
import type { EditorField } from './types';

export interface EditorComponent {
  readonly id: MdxComponentName;
  readonly label: string;
  readonly summary: string;
  readonly fields: readonly EditorField[];
  /** The name of the field that holds the words between the tags, when the component takes any. */
  readonly body?: string;
}

/** Attribute values in the editor are text: that is how MDX files write them (`page="214"`). */
function asText(described: EditorField): EditorField {
  // Props' descriptions start lower-case because messages embed them; under a field, a hint is a sentence.
  const hint = typeof described.hint === 'string' ? described.hint.charAt(0).toUpperCase() + described.hint.slice(1) + '.' : undefined;
  const field = hint ? { ...described, hint } : described;
  // An image's address is picked or uploaded with the editor's media library, into the images folder.
  if (field.name === 'src' && /\bimage\b/i.test(String(field.hint))) return { ...field, widget: 'image' };
  return field.widget === 'select' || field.widget === 'string' ? field : { ...field, widget: 'string' };
}

export function editorComponents(): EditorComponent[] {
  return (Object.entries(mdxComponentUsages) as [MdxComponentName, (typeof mdxComponentUsages)[MdxComponentName]][])
    .filter(([, usage]) => usage.layout === 'block')
    .map(([id, usage]) => {
      const schema = z.toJSONSchema(usage.props, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
      const fields = formFields(schema, { hintFor: describedOnly, leftOut: [] }).map(asText);
      const body = usage.children.required ? 'children' : undefined;
      const what = usage.children.required ? usage.children.what : '';
      const bodyField: EditorField[] = body ? [{ name: body, label: what.charAt(0).toUpperCase() + what.slice(1), widget: 'text', required: true }] : [];
      return { id, label: labelFor(id), summary: usage.summary, fields: [...fields, ...bodyField], body };
    });
}

/**
 * The browser side: one registerEditorComponent call per component. A block
 * is matched only in the form the editor itself writes (double-quoted
 * attributes), so anything else, such as `page={214}`, stays as written.
 */
const runtime = `
const attr = /\\s+([A-Za-z][\\w-]*)="([^"]*)"/g;
for (const c of COMPONENTS) {
  const pattern = new RegExp('^<' + c.id + '((?:\\\\s+[A-Za-z][\\\\w-]*="[^"]*")*)\\\\s*(?:/>|>\\\\n?([\\\\s\\\\S]*?)\\\\n?</' + c.id + '>)$', 'm');
  window.CMS.registerEditorComponent({
    id: c.id,
    label: c.label,
    fields: c.fields,
    pattern,
    fromBlock(match) {
      const data = {};
      for (const [, name, value] of match[1].matchAll(attr)) data[name] = value;
      if (c.body) data[c.body] = match[2] ?? '';
      return data;
    },
    toBlock(data) {
      const attrs = c.fields
        .filter((f) => f.name !== c.body && data[f.name] !== undefined && data[f.name] !== '')
        .map((f) => ' ' + f.name + '="' + String(data[f.name]).replaceAll('"', '&quot;') + '"')
        .join('');
      return c.body ? '<' + c.id + attrs + '>' + (data[c.body] ?? '') + '</' + c.id + '>' : '<' + c.id + attrs + ' />';
    },
    toPreview(data) {
      return c.body ? String(data[c.body] ?? '') : c.label;
    },
  });
}
`;

export function componentsScript(components: readonly EditorComponent[] = editorComponents()): string {
  return `// Generated from lib/components/catalogue.ts by the build (lib/editor/components.ts). Do not edit.\n"use strict";\nconst COMPONENTS = ${JSON.stringify(components)};\n${runtime}`;
}
