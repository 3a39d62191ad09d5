/**
 * The kinds of front-matter field a document type may declare, and the few
 * fields several types share (a description, search words, a review), each
 * written once. The table of document types itself is schema.ts.
 */

export type DocumentTypeName = 'Post' | 'TeamMember' | 'GlossaryTerm' | 'Experience' | 'Level' | 'Area' | 'Faq' | 'Page' | 'Section' | 'Home';

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
      /** `false` for a value that names something rather than says something (a topic key); the advertising check reads prose only. */
      readonly prose?: false;
    })
  | (BaseField & { readonly kind: 'date'; readonly required: boolean })
  | (BaseField & { readonly kind: 'boolean'; readonly default: boolean })
  | (BaseField & { readonly kind: 'number'; readonly required: boolean; readonly min: number; readonly max: number; readonly unique?: boolean })
  | (BaseField & { readonly kind: 'list'; readonly required: boolean; readonly prose?: false })
  | (BaseField & { readonly kind: 'reference'; readonly to: DocumentTypeName; readonly required: boolean })
  | (BaseField & { readonly kind: 'references'; readonly to: DocumentTypeName; readonly required: boolean });

export interface DocumentTypeSpec {
  /** Folder under content/ that holds this type's files. */
  readonly folder: string;
  /** What writers call one of these, in messages. */
  readonly label: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Fields the type once had, each with what to do now: the fix printed when a file still has one. */
  readonly retired?: Readonly<Record<string, string>>;
}


/**
 * The summary shown in listings and as the page's description in search
 * results, which show about 160 characters. One rule for every type that has one.
 */
export function descriptionField(example: string) {
  return {
    kind: 'string',
    required: true,
    minLength: 50,
    maxLength: 160,
    description: 'one sentence for listings and search results, 50 to 160 characters',
    example: `description: ${example}`,
  } as const satisfies FieldSpec;
}

/** Words people may search with that the page does not use itself ("relax", "calm"); the search index reads them. */
export const searchWordsField = {
  kind: 'list',
  required: false,
  description: 'extra words people may search with to find this page, which its text does not use itself',
  example: 'searchWords: [relax, calm, stress]',
} as const satisfies FieldSpec;

/** Health information says when it was last checked and by whom (their name and College title come from content/team/). */
export const reviewFields = {
  lastReviewed: {
    kind: 'date',
    required: false,
    description: 'the date a therapist last checked this health information, as YYYY-MM-DD; the content check warns a year later',
    example: 'lastReviewed: 2026-11-25',
  },
  reviewedBy: {
    kind: 'reference',
    to: 'TeamMember',
    required: false,
    description: 'the file name (without .mdx) in content/team/ of the therapist who last reviewed it',
    example: 'reviewedBy: kaitlyn-kasha',
  },
} as const satisfies Readonly<Record<string, FieldSpec>>;
