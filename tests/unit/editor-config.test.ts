import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lib/content/frontmatter';
import { documentTypes, documentTypeNames } from '../../lib/content/schema';
import { PracticeSchema } from '../../lib/practice/schema';
import { editorComponents } from '../../lib/editor/components';
import { editorConfig, REPO_PLACEHOLDER } from '../../lib/editor/config';
import { collectionName } from '../../lib/editor/documentFields';
import { fieldFromJsonSchema, type FormOptions } from '../../lib/editor/jsonSchemaFields';
import { adminPage } from '../../lib/editor/page';
import { withLocalFonts, localFonts } from '../../lib/editor/vendor';
import { contentSecurityPolicy, NO_INLINE_SCRIPTS } from '../../lib/security/headers';
import { mdxComponentUsages } from '../../lib/components/catalogue';

// The CMS's own JSON Schema for its configuration, shipped in the pinned package.
const cmsSchema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as object;

type Field = { name: string; widget: string; fields?: Field[]; [key: string]: unknown };
type Collection = { name: string; folder?: string; fields?: Field[]; files?: { file: string; fields: Field[] }[] };

const { config, leftOut } = editorConfig({ CMS_REPO: 'example/site' });
const collections = config.collections as Collection[];

describe('the editor configuration', () => {
  it('is valid against the CMS’s own JSON Schema', { timeout: 60_000 }, () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(cmsSchema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('fails that schema when an option is misspelt', { timeout: 60_000 }, () => {
    const validate = new Ajv({ strict: false }).compile(cmsSchema);
    const broken = structuredClone(config) as { collections: Record<string, unknown>[] };
    broken.collections[0] = { ...broken.collections[0]!, fodler: broken.collections[0]!.folder };
    expect(validate(broken)).toBe(false);
  });

  it('has a collection for every document type, in its folder, with every front-matter field and the body', () => {
    for (const type of documentTypeNames) {
      const collection = collections.find((c) => c.name === collectionName(type));
      expect(collection?.folder).toBe(`content/${documentTypes[type].folder}`);
      expect(collection!.fields!.map((f) => f.name)).toEqual([...Object.keys(documentTypes[type].fields), 'body']);
    }
  });

  it('gives each kind of field its widget: references as relations to the referenced collection, dates as days, drafts as toggles', () => {
    const posts = collections.find((c) => c.name === collectionName('Post'))!.fields!;
    const field = (name: string) => posts.find((f) => f.name === name)!;
    expect(field('author')).toMatchObject({ widget: 'relation', collection: collectionName('TeamMember'), multiple: false });
    expect(field('related')).toMatchObject({ widget: 'relation', collection: collectionName('Post'), multiple: true });
    expect(field('date')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(field('tags')).toMatchObject({ widget: 'list' });
    expect(field('draft')).toMatchObject({ widget: 'boolean', required: false });
    expect(field('title').hint).toContain(documentTypes.Post.fields.title!.description.slice(1));
  });

  it('has the practice profile as a form with every field of the zod schema', () => {
    const profile = collections.find((c) => c.name === 'practice')!.files![0]!;
    expect(profile.file).toBe('content/practice.yaml');
    const keys = Object.keys(PracticeSchema.shape).filter((k) => !leftOut.includes(k));
    expect(profile.fields.map((f) => f.name)).toEqual(keys);
    const contact = profile.fields.find((f) => f.name === 'contact')!;
    expect(contact.fields!.find((f) => f.name === 'phone')).toMatchObject({ widget: 'string', hint: expect.stringContaining('555-01') });
  });

  it('gives the profile’s team map one group per team member, keyed by file name, with the fields of a team entry', () => {
    const fields = (c: Record<string, unknown>) =>
      (c.collections as Collection[]).find((x) => x.name === 'practice')!.files![0]!.fields.find((f) => f.name === 'team')!;
    const team = fields(config);
    const files = readdirSync('content/team').map((f) => f.replace(/\.mdx$/, ''));
    expect(team.widget).toBe('object');
    expect(team.fields!.map((f) => f.name)).toEqual(files.sort());
    const entryKeys = Object.keys((PracticeSchema.shape.team.unwrap() as unknown as { valueType: { shape: object } }).valueType.shape);
    for (const member of team.fields!) {
      expect(member).toMatchObject({ widget: 'object', required: false });
      expect(member.fields!.map((f) => f.name)).toEqual(entryKeys);
    }
    const first = files[0]!;
    const name = (parseFile(readFileSync(`content/team/${first}.mdx`, 'utf8')).data as { name: string }).name;
    expect(team.fields!.find((f) => f.name === first)).toMatchObject({ label: name });
    expect(leftOut).toEqual([]);
    // Whoever the build is told about gets a group, in file-name order.
    const given = fields(
      editorConfig({}, [
        { key: 'sam-example', label: 'Sam Example' },
        { key: 'alex-example', label: 'Alex Example' },
      ]).config,
    );
    expect(given.fields!.map((f) => [f.name, f.label])).toEqual([
      ['sam-example', 'Sam Example'],
      ['alex-example', 'Alex Example'],
    ]);
  });

  it('lists words with one text box each, so opening an entry does not count as a change', () => {
    const posts = collections.find((c) => c.name === collectionName('Post'))!.fields!;
    expect(posts.find((f) => f.name === 'tags')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    const sessions = collections.find((c) => c.name === 'practice')!.files![0]!.fields.find((f) => f.name === 'sessions')!;
    expect(sessions.fields!.find((f) => f.name === 'languages')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
  });

  it('uploads images into the images folder and commits to the repository the build is told', () => {
    expect(config).toMatchObject({ media_folder: 'public/images', public_folder: '/images', backend: { name: 'github', repo: 'example/site' } });
    expect(editorConfig({}).config).toMatchObject({ backend: { repo: REPO_PLACEHOLDER } });
  });
});

describe('the editor components', () => {
  it('offer every block component of the catalogue, with its attributes and its words', () => {
    const blocks = Object.entries(mdxComponentUsages)
      .filter(([, u]) => u.layout === 'block')
      .map(([name]) => name);
    const components = editorComponents();
    expect(components.map((c) => c.id)).toEqual(blocks);
    const quote = components.find((c) => c.id === 'Quote')!;
    expect(quote.fields.map((f) => f.name)).toEqual([...Object.keys(mdxComponentUsages.Quote.props.shape), 'children']);
    expect(components.find((c) => c.id === 'Figure')!.fields.find((f) => f.name === 'src')).toMatchObject({ widget: 'image' });
  });
});

describe('form fields from a JSON Schema', () => {
  const options = (): FormOptions => ({ hintFor: () => undefined, leftOut: [] });
  it('makes closed vocabularies selects and lists of them multiple selects', () => {
    expect(fieldFromJsonSchema('format', { type: 'string', enum: ['a', 'b'] }, true, options())).toMatchObject({ widget: 'select', options: ['a', 'b'] });
    expect(fieldFromJsonSchema('formats', { type: 'array', items: { type: 'string', enum: ['a'] } }, false, options())).toMatchObject({
      widget: 'select',
      multiple: true,
    });
  });
  it('makes a map with free keys one group per key it is given, each with the map’s value fields', () => {
    const map = { type: 'object', additionalProperties: { type: 'object', properties: { note: { type: 'string' } } } } as const;
    const o: FormOptions = { ...options(), mapKeys: { people: [{ key: 'ann', label: 'Ann', hint: 'team/ann.mdx' }] } };
    expect(fieldFromJsonSchema('people', map, false, o)).toEqual({
      name: 'people',
      label: 'People',
      required: false,
      widget: 'object',
      fields: [
        {
          name: 'ann',
          label: 'Ann',
          required: false,
          widget: 'object',
          hint: 'team/ann.mdx',
          fields: [{ name: 'note', label: 'Note', required: false, widget: 'string' }],
        },
      ],
    });
    expect(o.leftOut).toEqual([]);
  });
  it('leaves out a map with free keys and says so', () => {
    const o = options();
    expect(fieldFromJsonSchema('team', { type: 'object', additionalProperties: { type: 'object' } }, false, o)).toBeUndefined();
    expect(o.leftOut).toEqual(['team']);
  });
});

describe('the editor’s page', () => {
  it('carries one policy of its own, the editor’s, for hosts that send no headers (GitHub Pages)', () => {
    const metas = adminPage().match(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/g) ?? [];
    expect(metas).toEqual([`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(NO_INLINE_SCRIPTS, 'meta', 'admin')}">`]);
  });
});

describe('the CMS script served from /admin/', () => {
  it('loads its fonts from the site, not a CDN', () => {
    const script = readFileSync('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8');
    const served = withLocalFonts(script);
    expect(served).not.toContain('cdn.jsdelivr.net');
    for (const font of localFonts) expect(served).toContain(`/admin/fonts/${font.file}`);
  });
  it('stops the build when the script names a font this site does not serve', () => {
    expect(() => withLocalFonts('url(https://cdn.jsdelivr.net/fontsource/other.woff2)')).toThrow(/no longer names/);
  });
});
