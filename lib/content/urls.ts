/**
 * Where each kind of document is published. Levels, questions and glossary
 * terms live as sections of one page, so their URL ends in a #fragment.
 */
import { routes } from '../routes';
import type { DocumentTypeName } from './schema';

export function documentUrl(type: DocumentTypeName, slug: string): string {
  switch (type) {
    case 'Post':
      return routes.article(slug);
    case 'TeamMember':
      return routes.person(slug);
    case 'Experience':
      return routes.experience(slug);
    case 'Area':
      return routes.area(slug);
    case 'Page':
      return routes.page(slug);
    case 'Level':
      return routes.level(slug);
    case 'Faq':
      return routes.faqEntry(slug);
    case 'GlossaryTerm':
      return routes.term(slug);
    case 'Home':
      return routes.home;
  }
}
