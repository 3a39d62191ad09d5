/**
 * contentlayer's generated documents, read from `.contentlayer/generated` at
 * run time instead of imported. Turbopack copies an imported module into
 * every server chunk that uses it, so with the archive imported each build
 * worker held three copies of every document and built the index three
 * times (measured at 1,000 articles: the worker processes went from about
 * 600 to under 400 MB each when read here). One copy per process is kept on
 * globalThis, where every chunk's copy of this module finds it, and is read
 * again when contentlayer rewrites a type's index (the preview).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DocumentTypes } from '#content';
import { documentTypeNames, type DocumentTypeName } from './schema';

/**
 * Types whose raw MDX the site reads (an FAQ answer's plain text, for
 * structured data). Every other document drops it on reading: at 5,000
 * articles the raw bodies held about 100 MB in every process.
 */
const KEEPS_RAW_BODY = ['Faq'] as const satisfies readonly DocumentTypeName[];
type KeepsRawBody = (typeof KEEPS_RAW_BODY)[number];

type Generated<N extends DocumentTypeName> = Extract<DocumentTypes, { type: N }>;
export type GeneratedDocument<N extends DocumentTypeName> = N extends KeepsRawBody
  ? Generated<N>
  : Omit<Generated<N>, 'body'> & { readonly body: Omit<Generated<N>['body'], 'raw'> };
export type GeneratedContent = { readonly [N in DocumentTypeName]: readonly GeneratedDocument<N>[] };

/** Where contentlayer writes, relative to the project (the working directory of every build step). */
export const GENERATED_DIR = path.join('.contentlayer', 'generated');

const indexFile = (name: DocumentTypeName) => path.join(process.cwd(), GENERATED_DIR, name, '_index.json');

interface Loaded {
  readonly content: GeneratedContent;
  /** The index files' modification times: a change means contentlayer wrote new documents. */
  readonly version: string;
}

const SLOT = Symbol.for('tiffany-music-therapy.generated-content');
const shared = globalThis as { [SLOT]?: Loaded };

function currentVersion(): string {
  return documentTypeNames.map((name) => statSync(indexFile(name), { throwIfNoEntry: false })?.mtimeMs ?? 0).join(':');
}

function read(version: string): Loaded {
  const content = Object.fromEntries(
    documentTypeNames.map((name) => {
      try {
        const documents = JSON.parse(readFileSync(indexFile(name), 'utf8')) as { body?: { raw?: string } }[];
        if (!(KEEPS_RAW_BODY as readonly string[]).includes(name)) for (const doc of documents) delete doc.body?.raw;
        return [name, documents];
      } catch (error) {
        throw new Error(`Cannot read ${path.join(GENERATED_DIR, name, '_index.json')}: run \`npm run content\` (or a build) first.`, { cause: error });
      }
    }),
  ) as unknown as GeneratedContent;
  return { content, version };
}

/**
 * Every generated document, by type. A production build reads them once;
 * elsewhere (the preview, tests) a rewrite by contentlayer is picked up.
 */
export function generatedContent(): { readonly content: GeneratedContent; readonly version: string } {
  const loaded = shared[SLOT];
  if (loaded && process.env.NODE_ENV === 'production') return loaded;
  const version = currentVersion();
  if (loaded?.version === version) return loaded;
  return (shared[SLOT] = read(version));
}
