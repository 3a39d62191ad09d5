/**
 * The content schema: every document type, where its files live and what its
 * front matter holds. This table is the one place the schema is written down;
 * the contentlayer configuration and the content checker are both derived
 * from it, so they cannot disagree.
 */

import { topicsInWords } from '../practice/topics';
import { descriptionField, reviewFields, searchWordsField, type DocumentTypeName, type DocumentTypeSpec } from './fieldSpec';

export type { DocumentTypeName, DocumentTypeSpec, FieldSpec } from './fieldSpec';

/** The table itself, with its literal types kept, so each document's TypeScript type is derived from it (types.ts). */
const table = {
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
      description: descriptionField('A plain introduction to what happens in music psychotherapy and who it may suit.'),
      inShort: {
        kind: 'string',
        required: false,
        minLength: 80,
        maxLength: 420,
        description: 'two or three plain sentences shown first, under the title, saying what the article tells the reader',
        example: 'inShort: Music psychotherapy is psychotherapy that can use music, words or both. You need no musical experience.',
      },
      searchWords: searchWordsField,
      ...reviewFields,
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
        required: false,
        description: 'the file name (without .mdx) of the author in content/team/; leave it out for an article by the whole practice',
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
      experiences: {
        kind: 'references',
        to: 'Experience',
        required: false,
        description: 'file names in content/experiences/ of the kinds of music experience the article is about',
        example: 'experiences: [receptive, songwriting]',
      },
      areas: {
        kind: 'references',
        to: 'Area',
        required: false,
        description: 'file names in content/areas/ of the areas of well-being the article touches',
        example: 'areas: [emotional, social]',
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
        // Checked against lib/credentials/table.ts, which also sets the order they are shown in.
        kind: 'list',
        required: false,
        prose: false,
        description: 'the person’s credentials, each one the site knows (lib/credentials/table.ts)',
        example: 'credentials: [RP (Qualifying), MMT, MTA]',
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
        example: 'term: Certified Music Therapist',
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
  Experience: {
    folder: 'experiences',
    label: 'music experience',
    fields: {
      title: {
        kind: 'string',
        required: true,
        minLength: 3,
        // With the site's name after it, a search result shows about 70 characters of a title.
        maxLength: 45,
        unique: true,
        description: 'the name of the experience, plain words first and the term in brackets, at most 45 characters',
        example: 'title: Listening to music (receptive)',
      },
      description: descriptionField('Listening to music, recorded or live, to relax, reflect or explore feelings.'),
      searchWords: searchWordsField,
      ...reviewFields,
      order: { kind: 'number', required: true, min: 1, max: 99, unique: true, description: 'its place in the list of experiences (1 comes first)', example: 'order: 1' },
      examples: { kind: 'list', required: true, description: 'what the experience can look like in a session', example: 'examples: [music and relaxation, lyric analysis]' },
      helpsWith: { kind: 'list', required: true, description: 'what the experience can help with, in short phrases', example: 'helpsWith: [expressing feelings without words]' },
      areas: { kind: 'references', to: 'Area', required: true, description: 'file names in content/areas/ of the areas of well-being it touches', example: 'areas: [emotional, cognitive]' },
    },
  },
  Level: {
    folder: 'levels',
    label: 'level of music in psychotherapy',
    fields: {
      title: { kind: 'string', required: true, minLength: 3, unique: true, description: 'the name of the level', example: 'title: Music in psychotherapy' },
      summary: { kind: 'string', required: true, minLength: 20, maxLength: 160, description: 'one short sentence, shown in the diagram', example: 'summary: Music and words share the work equally.' },
      order: { kind: 'number', required: true, min: 1, max: 4, unique: true, description: 'its place from words-led (1) to music-led (4)', example: 'order: 2' },
      practiceFocus: { kind: 'boolean', default: false, description: 'true where the practice mostly works', example: 'practiceFocus: true' },
    },
  },
  Area: {
    folder: 'areas',
    label: 'area of well-being',
    fields: {
      title: { kind: 'string', required: true, minLength: 3, unique: true, description: 'the name of the area', example: 'title: Emotional' },
      description: descriptionField('Noticing, expressing and making sense of feelings, with music and words.'),
      order: { kind: 'number', required: true, min: 1, max: 99, unique: true, description: 'its place in the list of areas', example: 'order: 3' },
      searchWords: searchWordsField,
    },
  },
  Faq: {
    folder: 'faq',
    label: 'question and answer',
    fields: {
      question: { kind: 'string', required: true, minLength: 10, unique: true, description: 'the question, as a visitor would ask it', example: 'question: Do I need to play an instrument?' },
      order: { kind: 'number', required: true, min: 1, max: 999, unique: true, description: 'its place on the questions page', example: 'order: 1' },
      answerFrom: {
        kind: 'string',
        required: false,
        prose: false,
        description: `a practical topic answered from the practice profile (content/practice.yaml) after the body: ${topicsInWords()}`,
        example: 'answerFrom: cost',
      },
    },
  },
  Page: {
    folder: 'pages',
    label: 'page',
    fields: {
      title: { kind: 'string', required: true, minLength: 3, maxLength: 70, description: 'the page title, shown as its heading', example: 'title: Our approach' },
      description: descriptionField('How music and words are combined to suit each person who comes to us.'),
      searchWords: searchWordsField,
      ...reviewFields,
      updated: { kind: 'date', required: false, description: 'the date of the last meaningful change, as YYYY-MM-DD', example: 'updated: 2026-11-25' },
    },
  },
  Section: {
    folder: 'sections',
    label: 'section introduction',
    retired: { label: 'delete the line: a section’s name in the menu and breadcrumbs is written once, in lib/routes.ts, and a developer changes it there' },
    fields: {
      title: { kind: 'string', required: true, minLength: 3, maxLength: 70, description: 'the section’s heading, at the top of its page', example: 'title: Articles' },
      pageTitle: {
        kind: 'string',
        required: false,
        minLength: 3,
        maxLength: 60,
        description: 'the title in the browser tab and in search results, when it should differ from the heading',
        example: 'pageTitle: Areas of well-being',
      },
      description: descriptionField('Plain-language articles about music therapy, music psychotherapy and what to expect in a session.'),
      lead: { kind: 'string', required: false, minLength: 10, maxLength: 300, description: 'one or two sentences shown under the heading', example: 'lead: Plain-language writing about music psychotherapy, newest first.' },
    },
  },
  Home: {
    folder: 'home',
    label: 'home page',
    fields: {
      title: { kind: 'string', required: true, minLength: 10, maxLength: 70, description: 'the home page heading: what the practice offers, and where', example: 'title: Music psychotherapy in Ontario, shaped around you' },
      lead: { kind: 'string', required: true, minLength: 30, maxLength: 200, description: 'one plain sentence under the heading, shown in the first screen of a phone', example: 'lead: Psychotherapy with music, words, or both, chosen with you.' },
      firstStep: { kind: 'string', required: true, minLength: 3, maxLength: 40, description: 'the words of the button that leads to getting started', example: 'firstStep: Take a first step' },
      featured: { kind: 'reference', to: 'Post', required: true, description: 'the file name (without .mdx) in content/posts/ of the article the home page suggests to newcomers', example: 'featured: what-is-music-psychotherapy' },
    },
  },
} as const satisfies Record<DocumentTypeName, DocumentTypeSpec>;

export const documentTypes: Readonly<Record<DocumentTypeName, DocumentTypeSpec>> = table;

/** The front-matter fields of one type, exactly as the table declares them. */
export type FieldsOf<N extends DocumentTypeName> = (typeof table)[N]['fields'];

export const documentTypeNames = Object.keys(documentTypes) as DocumentTypeName[];

/**
 * How a reference field finds its target: posts and people by file slug,
 * credentials by their abbreviation (writers type "MTA", not "mta").
 */
export function referenceKey(type: DocumentTypeName): 'slug' | 'abbreviation' {
  return type === 'GlossaryTerm' ? 'abbreviation' : 'slug';
}
