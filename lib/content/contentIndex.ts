/**
 * Everything derived from the content, once per process, keyed by slug, so a
 * page's cost does not grow with the size of the archive: a build renders
 * each of thousands of pages in a worker that keeps this index between pages.
 * Each type's documents are mapped on first use (toDocument.ts).
 */
import { resolveCredentials } from '../credentials';
import { visibleArticles, tagsOf } from './articles';
import { generatedContent, type GeneratedContent } from './generated';
import { contentOptions } from './options';
import { publicationStatus } from './publishing';
import { documentTypes, type DocumentTypeName } from './schema';
import { frontMatter, locate, toDocument } from './toDocument';
import { plainText } from './plainText';
import type { Article, DocumentOf, FaqEntry, Person, Term } from './types';

const byOrder = (a: unknown, b: unknown) => (a as { order: number }).order - (b as { order: number }).order;

/**
 * Whether a type is published by date (it has a date and a draft field, as
 * articles do): its drafts and future documents are left out of a build.
 */
function isDated(type: DocumentTypeName): boolean {
  const { fields } = documentTypes[type];
  return fields.date?.kind === 'date' && fields.draft?.kind === 'boolean';
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string | undefined) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

function buildIndex(generated: GeneratedContent) {
  const mapped = new Map<DocumentTypeName, readonly unknown[]>();
  /** Every document of a type, in the table's `order` when it has one. */
  const all = <N extends DocumentTypeName>(type: N): readonly DocumentOf<N>[] => {
    let docs = mapped.get(type) as readonly DocumentOf<N>[] | undefined;
    if (!docs) {
      const list = (generated[type] as GeneratedContent[N]).map((doc) => toDocument(type, doc));
      if (documentTypes[type].fields.order?.kind === 'number') list.sort(byOrder);
      mapped.set(type, (docs = list));
    }
    return docs;
  };
  const { includeUnpublished } = contentOptions();
  const now = new Date();
  const visible = new Map<DocumentTypeName, readonly unknown[]>();
  /** The documents of a type a reader can see in this build. */
  const documents = <N extends DocumentTypeName>(type: N): readonly DocumentOf<N>[] => {
    let docs = visible.get(type) as readonly DocumentOf<N>[] | undefined;
    if (!docs) {
      const list = all(type);
      const shown = (doc: DocumentOf<N>) => {
        const { draft, date } = doc as unknown as { draft: boolean; date: string };
        return publicationStatus({ draft, date }, now) === 'public';
      };
      visible.set(type, (docs = includeUnpublished || !isDated(type) ? list : list.filter(shown)));
    }
    return docs;
  };
  const bySlug = new Map<DocumentTypeName, ReadonlyMap<string, unknown>>();
  const document = <N extends DocumentTypeName>(type: N, slug: string): DocumentOf<N> | undefined => {
    let index = bySlug.get(type);
    if (!index) bySlug.set(type, (index = new Map(documents(type).map((doc) => [doc.slug, doc]))));
    return index.get(slug) as DocumentOf<N> | undefined;
  };

  const glossary: Term[] = generated.GlossaryTerm.map((doc) => ({ ...locate('GlossaryTerm', doc), ...frontMatter('GlossaryTerm', doc) })).sort((a, b) =>
    a.term.localeCompare(b.term, 'en-CA'),
  );
  const termsByAbbreviation = new Map(glossary.filter((t) => t.abbreviation).map((t) => [t.abbreviation!, t]));
  const people: Person[] = all('TeamMember')
    .map((person) => ({
      ...person,
      credentials: resolveCredentials(person.credentials).credentials.map((credential) => ({ ...credential, term: termsByAbbreviation.get(credential.abbreviation) })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-CA'));
  const personBySlug = new Map(people.map((p) => [p.slug, p]));
  const articles = visibleArticles(all('Post'), now, personBySlug);
  return {
    all,
    documents,
    document,
    glossary,
    termsByAbbreviation,
    people,
    personBySlug,
    articles,
    articleBySlug: new Map(articles.map((a) => [a.slug, a])),
    articlesByAuthor: groupBy(articles, (a) => a.author?.slug),
    tags: tagsOf(articles),
    related: new Map<string, Article[]>(),
    faq: generated.Faq.map((doc): FaqEntry => ({ ...toDocument('Faq', doc), answerText: plainText(doc.body.raw) })).sort(byOrder),
  };
}

export type ContentIndex = ReturnType<typeof buildIndex> & { readonly generated: GeneratedContent; readonly key: string };

/** Kept on globalThis for the same reason as the documents (see generated.ts): one index a process, whichever chunk asks. */
const SLOT = Symbol.for('tiffany-music-therapy.content-index');
const shared = globalThis as { [SLOT]?: ContentIndex };

/** The index of this process, built on first use, and again when contentlayer has written new documents (the preview). */
export function content(): ContentIndex {
  const { content: generated, version } = generatedContent();
  // The options decide which articles are visible, so an index is for one set of options.
  const key = `${version}|${JSON.stringify(contentOptions())}`;
  const index = shared[SLOT];
  if (index?.key === key) return index;
  return (shared[SLOT] = { ...buildIndex(generated), generated, key });
}
