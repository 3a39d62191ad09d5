/**
 * Pages written in content/pages/, the sections' introductions, the home
 * page, and any type's documents by name: a new type's route files read it
 * through getDocuments and getDocument, with no getter of its own.
 */
import { sections, type SectionName } from '../../routes';
import { content } from '../contentIndex';
import { documentTypes, type DocumentTypeName } from '../schema';
import { frontMatter, locate } from '../toDocument';
import type { DocumentOf, Home, Page, Section } from '../types';
import { getArticle } from './articles';

/** The documents of a type a reader can see, in the table's `order` when it has one. */
export function getDocuments<N extends DocumentTypeName>(type: N): DocumentOf<N>[] {
  return [...content().documents(type)];
}

export function getDocument<N extends DocumentTypeName>(type: N, slug: string): DocumentOf<N> | undefined {
  return content().document(type, slug);
}

export function getPages(): Page[] {
  return getDocuments('Page');
}

export function getPage(slug: string): Page | undefined {
  return getDocument('Page', slug);
}

export function getSection(name: SectionName): Section {
  const doc = content().generated.Section.find((d) => locate('Section', d).slug === name);
  if (!doc) throw new Error(`The ${name} section has no introduction: add content/${documentTypes.Section.folder}/${name}.mdx (see docs/publishing.md).`);
  const fields = frontMatter('Section', doc);
  return { ...fields, name, label: fields.label ?? fields.title, pageTitle: fields.pageTitle ?? fields.title, url: sections[name].path };
}

/** The home page's copy, from content/home/home.mdx. */
export function getHome(): Home {
  const home = getDocument('Home', 'home');
  if (!home) throw new Error(
      `content/${documentTypes.Home.folder}/home.mdx:1: file: is missing (the home page’s heading, sentence and featured article live there; see docs/publishing.md)`,
    );
  return { ...home, featured: getArticle(home.featured) };
}
