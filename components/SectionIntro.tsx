import type { ReactNode } from 'react';
import { trail } from '@/lib/breadcrumbs';
import type { Section } from '@/lib/content';
import { PageIntro } from './PageIntro';

/** The top of a section's page, from its introduction in content/sections/. */
export function SectionIntro({ section, children }: { section: Section; children?: ReactNode }) {
  return (
    <PageIntro crumbs={trail({ name: section.label, path: section.url })} title={section.title} lead={section.lead}>
      {children}
    </PageIntro>
  );
}
