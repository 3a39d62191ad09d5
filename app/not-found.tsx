import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchBox } from '@/components/SearchBox';
import { primaryAction, routes, sections } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'The page you asked for is not here. Search the site, or follow these links back.',
  robots: { index: false, follow: true },
};

/** A missing address: say so kindly, then search and the three ways on a person most likely wants. */
export default function NotFound() {
  return (
    <div className="container-narrow py-12">
      <h1 className="page-title">We can’t find that page</h1>
      <p className="lead mt-4">The page may have moved, or the address may have a typo. You can search for it, or start from one of these pages.</p>
      <div className="mt-6 not-found-search">
        <SearchBox id="not-found-search" label="Search for the page" />
      </div>
      <ul className="link-list mt-8">
        <li>
          <Link href={primaryAction.href}>{primaryAction.label}: how to reach us, step by step</Link>
        </li>
        <li>
          <Link href={routes.faq}>{sections.faq.label}: what people ask before starting</Link>
        </li>
        <li>
          <Link href={routes.contact}>Contact us</Link>
        </li>
        <li>
          <Link href={routes.home}>The home page</Link>
        </li>
      </ul>
    </div>
  );
}
