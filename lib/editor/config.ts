/**
 * The editor's whole configuration (/admin/config.yml), generated at build
 * time from the content schema (lib/content/schema.ts), the practice profile's
 * zod schema (lib/practice/schema.ts) and the components' declarations, so it
 * can never fall behind them. Nothing in it is secret: sign-in happens in
 * the browser (docs/editor.md).
 */
import { z } from 'zod';
import { documentTypes, documentTypeNames, type DocumentTypeName } from '../content/schema';
import { fieldExamples, PracticeSchema, PRACTICE_FILE } from '../practice/schema';
import { editorComponents } from './components';
import { collectionName, displayField, documentFields } from './documentFields';
import { formFields, type JsonSchema, type MapKey } from './jsonSchemaFields';
import { teamMembers } from './teamMembers';

/** Where uploads go, and the address pages use for them. */
const MEDIA_FOLDER = 'public/images';
const PUBLIC_FOLDER = '/images';

/** The repository the editor commits to when the build is not told (CMS_REPO, or GitHub Actions' GITHUB_REPOSITORY). */
export const REPO_PLACEHOLDER = 'owner/repository';

function editorRepo(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.CMS_REPO?.trim() || env.GITHUB_REPOSITORY?.trim() || REPO_PLACEHOLDER;
}

/**
 * How each type appears in the editor's collection list, and whether staff
 * add entries to it from the browser. The others are one fixed set each (the
 * home page, section introductions, the four levels, the seven areas, the
 * four experiences) that pages are built around: editable, never added or
 * deleted from the browser. The singular label is the schema's own.
 */
const collections = {
  Post: { create: true, label: 'Articles' },
  TeamMember: { create: true, label: 'Team' },
  GlossaryTerm: { create: true, label: 'Glossary' },
  Faq: { create: true, label: 'Questions and answers' },
  Page: { create: true, label: 'Pages' },
  Experience: { create: false, label: 'Music experiences' },
  Level: { create: false, label: 'Levels of music in psychotherapy' },
  Area: { create: false, label: 'Areas of well-being' },
  Section: { create: false, label: 'Section introductions' },
  Home: { create: false, label: 'Home page' },
} as const satisfies Record<DocumentTypeName, { create: boolean; label: string }>;

const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

function documentCollection(type: DocumentTypeName) {
  const { create, label } = collections[type];
  const body = {
    name: 'body',
    label: 'Text',
    widget: 'richtext',
    // No type needs words below its front matter (section introductions, glossary terms and answers taken from the profile have none).
    required: false,
    // The raw mode shows the MDX exactly as the file holds it.
    modes: ['rich_text', 'raw'],
    editor_components: editorComponents().map((c) => c.id),
  };
  return {
    name: collectionName(type),
    label,
    label_singular: capitalised(documentTypes[type].label),
    folder: `content/${documentTypes[type].folder}`,
    extension: 'mdx',
    format: 'yaml-frontmatter',
    create,
    delete: create,
    // The file name is the address: lower-case words joined by hyphens, as lib/content/slug.ts expects.
    slug: '{{slug}}',
    identifier_field: displayField(type),
    summary: `{{${displayField(type)}}}`,
    fields: [...documentFields(type), body],
  };
}

/** Example lines from the profile's schema, offered as help ("For example: 416-555-0100"). */
function practiceHint(path: string, schema: JsonSchema): string | undefined {
  if (schema.description) return schema.description;
  const line = fieldExamples[path];
  return line ? `For example: ${line.slice(line.indexOf(':') + 1).trim()}` : undefined;
}

export interface EditorConfigResult {
  readonly config: Record<string, unknown>;
  /** Profile fields the form leaves out (kept in the file as written). */
  readonly leftOut: readonly string[];
}

/**
 * `team` is the people the profile's team map may describe (teamMembers():
 * the files in content/team/), each given a group in the profile form; a
 * person added in the editor gets theirs from the next build.
 */
export function editorConfig(env: Readonly<Record<string, string | undefined>> = process.env, team: readonly MapKey[] = teamMembers()): EditorConfigResult {
  const leftOut: string[] = [];
  const practiceFields = formFields(z.toJSONSchema(PracticeSchema, { io: 'input' }) as JsonSchema, { hintFor: practiceHint, leftOut, mapKeys: { team } });
  const config = {
    backend: { name: 'github', repo: editorRepo(env), branch: 'main' },
    // Every change is a pull request that the checks run on; publishing is merging a green one.
    publish_mode: 'editorial_workflow',
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    site_url: env.SITE_URL?.trim() || undefined,
    output: {
      // Keep empty optional fields out of the file, as staff write it by hand.
      omit_empty_optional_fields: true,
      yaml: { quote: 'none', indent_sequences: true },
    },
    collections: [
      ...documentTypeNames.map(documentCollection),
      {
        name: 'practice',
        label: 'Practice profile',
        files: [{ name: 'profile', label: 'Practice profile', file: `content/${PRACTICE_FILE}`, format: 'yaml', fields: practiceFields }],
      },
    ],
  };
  return { config: JSON.parse(JSON.stringify(config)) as Record<string, unknown>, leftOut };
}
