/**
 * The content schema: every document type, where its files live and what its
 * front matter holds. This table is the one place the schema is written down;
 * the contentlayer configuration and the content checker are both derived
 * from it, so they cannot disagree.
 */

export type DocumentTypeName = 'Post' | 'TeamMember' | 'GlossaryTerm';

interface BaseField {
  /** Shown to writers in error messages: what the field is for. */
  readonly description: string;
  /** A valid line of front matter, shown as the fix for a missing field. */
  readonly example: string;
}

export type FieldSpec =
  | (BaseField & {
      readonly kind: 'string';
      readonly required: boolean;
      readonly minLength?: number;
      readonly maxLength?: number;
      /** No two documents of the type may share the value. */
      readonly unique?: boolean;
    })
  | (BaseField & { readonly kind: 'date'; readonly required: boolean })
  | (BaseField & { readonly kind: 'boolean'; readonly default: boolean })
  | (BaseField & { readonly kind: 'list'; readonly required: boolean })
  | (BaseField & { readonly kind: 'reference'; readonly to: DocumentTypeName; readonly required: boolean })
  | (BaseField & { readonly kind: 'references'; readonly to: DocumentTypeName; readonly required: boolean });

export interface DocumentTypeSpec {
  /** Folder under content/ that holds this type's files. */
  readonly folder: string;
  /** What writers call one of these, in messages. */
  readonly label: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

export const documentTypes: Readonly<Record<DocumentTypeName, DocumentTypeSpec>> = {
  Post: {
    folder: 'posts',
    label: 'article',
    fields: {
      title: {
        kind: 'string',
        required: true,
        minLength: 3,
        maxLength: 90,
        description: 'the article title, shown as its heading',
        example: 'title: What is Music Psychotherapy?',
      },
      description: {
        kind: 'string',
        required: true,
        minLength: 50,
        maxLength: 160,
        description: 'one sentence for listings and search results, 50 to 160 characters',
        example: 'description: A plain introduction to what happens in music psychotherapy and who it may suit.',
      },
      date: {
        kind: 'date',
        required: true,
        description: 'the publication date, as YYYY-MM-DD',
        example: 'date: 2026-11-25',
      },
      updated: {
        kind: 'date',
        required: false,
        description: 'the date of the last meaningful change, as YYYY-MM-DD',
        example: 'updated: 2026-12-01',
      },
      author: {
        kind: 'reference',
        to: 'TeamMember',
        required: true,
        description: 'the file name (without .mdx) of the author in content/team/',
        example: 'author: kaitlyn-kasha',
      },
      tags: {
        kind: 'list',
        required: false,
        description: 'a list of topics',
        example: 'tags: [music therapy, songwriting]',
      },
      related: {
        kind: 'references',
        to: 'Post',
        required: false,
        description: 'file names (without .mdx) of other articles to suggest at the end',
        example: 'related: [the-beatles-and-therapy]',
      },
      draft: {
        kind: 'boolean',
        default: false,
        description: 'true while the article is not ready to publish',
        example: 'draft: true',
      },
    },
  },
  TeamMember: {
    folder: 'team',
    label: 'team member',
    fields: {
      name: {
        kind: 'string',
        required: true,
        minLength: 2,
        description: 'the person’s full name',
        example: 'name: Kaitlyn Kasha',
      },
      credentials: {
        kind: 'references',
        to: 'GlossaryTerm',
        required: false,
        description: 'abbreviations of credentials, each defined in content/glossary/',
        example: 'credentials: [MMT, MTA, RP-Q]',
      },
      role: {
        kind: 'string',
        required: true,
        minLength: 3,
        description: 'a short job title',
        example: 'role: Music therapist and psychotherapist',
      },
    },
  },
  GlossaryTerm: {
    folder: 'glossary',
    label: 'glossary term',
    fields: {
      term: {
        kind: 'string',
        required: true,
        minLength: 2,
        unique: true,
        description: 'the term, written out in full',
        example: 'term: Music Therapist Accredited',
      },
      abbreviation: {
        kind: 'string',
        required: false,
        unique: true,
        description: 'the short form readers meet on the site, if the term has one',
        example: 'abbreviation: MTA',
      },
      definition: {
        kind: 'string',
        required: true,
        minLength: 20,
        description: 'one or two plain sentences that explain the term',
        example: 'definition: The certification that the Canadian Association of Music Therapists gives to music therapists.',
      },
    },
  },
};

export const documentTypeNames = Object.keys(documentTypes) as DocumentTypeName[];

/**
 * How a reference field finds its target: posts and people by file slug,
 * credentials by their abbreviation (writers type "MTA", not "mta").
 */
export function referenceKey(type: DocumentTypeName): 'slug' | 'abbreviation' {
  return type === 'GlossaryTerm' ? 'abbreviation' : 'slug';
}
