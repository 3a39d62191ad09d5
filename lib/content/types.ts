/**
 * The site's document types, derived from the schema table (schema.ts): each
 * front-matter field becomes a property of the TypeScript type its kind
 * declares, so a field added to the table reaches the pages' types without
 * being written again. A few types add what the site derives (an article's
 * author and status, a person's credentials).
 */
import type { Work } from '../bibliography';
import type { Credential } from '../credentials';
import type { SectionName } from '../routes';
import type { DocumentTypeName, FieldSpec, FieldsOf } from './schema';

/** The value a field of this kind holds once read: dates as ISO strings, references as the target's slug. */
type ValueOf<F extends FieldSpec> = F extends { kind: 'number' }
  ? number
  : F extends { kind: 'boolean' }
    ? boolean
    : F extends { kind: 'list' | 'references' }
      ? readonly string[]
      : string;

/** Lists read as empty and booleans as their default when left out (toDocument.ts), so only other optional fields may be missing. */
type AlwaysSet<F extends FieldSpec> = F extends { kind: 'boolean' | 'list' | 'references' } ? true : F extends { required: true } ? true : false;

type SetKeys<Fields> = { [K in keyof Fields]: Fields[K] extends FieldSpec ? (AlwaysSet<Fields[K]> extends true ? K : never) : never }[keyof Fields];

type FieldValues<Fields> = { readonly [K in SetKeys<Fields>]: Fields[K] extends FieldSpec ? ValueOf<Fields[K]> : never } & {
  readonly [K in Exclude<keyof Fields, SetKeys<Fields>>]?: Fields[K] extends FieldSpec ? ValueOf<Fields[K]> : never;
};

/** A document's front matter, as the schema table declares it. */
export type FrontMatterOf<N extends DocumentTypeName> = FieldValues<FieldsOf<N>>;

/** Where a document is: its file name as a slug, and its address (documentRoutes in lib/routes.ts). */
export interface Located {
  readonly slug: string;
  readonly url: string;
}

export interface Citation {
  readonly key: string;
  readonly work: Work;
}

export interface WithBody {
  /** Compiled MDX. */
  readonly bodyCode: string;
  /** Works cited in the body, in reference-list order. */
  readonly citations: readonly Citation[];
}

/** Any document as pages read it: where it is, its front matter and its body. */
export type DocumentOf<N extends DocumentTypeName> = Located & FrontMatterOf<N> & WithBody;

export type Term = Located & FrontMatterOf<'GlossaryTerm'>;

/** A credential a person holds, with its glossary entry when the glossary explains it. */
export interface HeldCredential extends Credential {
  readonly term?: Term;
}

/** A biography cites nothing: its page shows no references. */
export type Person = Omit<DocumentOf<'TeamMember'>, 'credentials' | 'citations'> & {
  /** In display order: the College title first (lib/credentials/table.ts). */
  readonly credentials: readonly HeldCredential[];
};

type PublicationStatus = 'public' | 'draft' | 'scheduled';

export type Article = Omit<DocumentOf<'Post'>, 'author' | 'draft'> & {
  /** Undefined for an article by the practice as a whole. */
  readonly author?: Person;
  readonly status: PublicationStatus;
};

/** What a listing shows of an article: no body, so a list page never carries compiled MDX. */
export type ArticleSummary = Pick<Article, 'slug' | 'title' | 'description' | 'date' | 'updated' | 'tags' | 'status' | 'url'>;

/** A topic articles are filed under, with its articles newest first. */
export interface Tag {
  readonly slug: string;
  /** As the newest article using it spells it. */
  readonly name: string;
  readonly url: string;
  readonly articles: readonly ArticleSummary[];
}

export type Experience = DocumentOf<'Experience'>;
export type Level = DocumentOf<'Level'>;
export type Area = DocumentOf<'Area'>;
export type Page = DocumentOf<'Page'>;

export type FaqEntry = DocumentOf<'Faq'> & {
  /** The answer as plain text, for structured data. */
  readonly answerText: string;
};

export type Home = Omit<DocumentOf<'Home'>, 'featured'> & {
  /** The featured article, or undefined when it is not public (a draft, or scheduled). */
  readonly featured?: Article;
};

/** A section's introduction, written in content/sections/<name>.mdx. */
export type Section = Omit<FrontMatterOf<'Section'>, 'pageTitle'> & {
  readonly name: SectionName;
  /** Its short name in the navigation and the breadcrumb trail (lib/routes.ts). */
  readonly label: string;
  /** Its title in the browser tab and search results (the title when not given). */
  readonly pageTitle: string;
  readonly url: string;
};
