import type { ReactNode } from 'react';
import type { Crumb } from '@/lib/breadcrumbs';
import { breadcrumbJsonLd } from '@/lib/seo/jsonld';
import { site } from '@/lib/site';
import { Breadcrumbs } from './Breadcrumbs';
import { JsonLd } from './JsonLd';
import { SectionNav } from './SectionNav';
import { WaveBand } from './WaveBand';

interface PageIntroProps {
  crumbs: readonly Crumb[];
  title: string;
  lead?: ReactNode;
  /** For a page that is only text: the mark's band above its title (components/WaveBand.tsx). */
  band?: boolean;
  children?: ReactNode;
}

/** The top of every page below the home page: breadcrumbs, its group's pages, the page's one h1, and an optional lead. */
export function PageIntro({ crumbs, title, lead, band = false, children }: PageIntroProps) {
  return (
    <header className="page-intro">
      {band && <WaveBand />}
      <Breadcrumbs crumbs={crumbs} />
      <JsonLd data={breadcrumbJsonLd(crumbs, site.url)} />
      {crumbs.length > 0 && <SectionNav path={crumbs[crumbs.length - 1]!.path} />}
      {children}
      <h1 className="page-title">{title}</h1>
      {lead && <p className="lead mt-4">{lead}</p>}
    </header>
  );
}
