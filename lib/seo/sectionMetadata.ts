/** The metadata of a section's page, from its introduction in content/sections/. */
import type { Metadata } from 'next';
import { getSection } from '../content';
import type { SectionName } from '../routes';
import { pageMetadata } from './metadata';

export function sectionMetadata(name: SectionName, options: { noindex?: boolean } = {}): Metadata {
  const section = getSection(name);
  return pageMetadata({ title: section.pageTitle, description: section.description, path: section.url, ...options });
}
