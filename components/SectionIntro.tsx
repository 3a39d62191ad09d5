import type { ReactNode } from 'react';
import { trail } from '@/lib/breadcrumbs';
import { getSection, type Section } from '@/lib/content';
import type { Crumb } from '@/lib/breadcrumbs';
import type { SectionName } from '@/lib/routes';
import { PageIntro } from './PageIntro';

/** The top of a section's page, from its introduction in content/sections/; `band` as for PageIntro. */
export function SectionIntro({ section, band, children }: { section: Section; band?: boolean; children?: ReactNode }) {
  return (
    <PageIntro crumbs={trail({ name: section.label, path: section.url })} title={section.title} lead={section.lead} band={band}>
      {children}
    </PageIntro>
  );
}

/** A section's step in a breadcrumb trail, named as its introduction names it. */
export function sectionCrumb(name: SectionName): Crumb {
  const section = getSection(name);
  return { name: section.label, path: section.url };
}
