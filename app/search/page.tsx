import type { Metadata } from 'next';
import { sectionMetadata } from '@/lib/seo/sectionMetadata';
import Link from 'next/link';
import { getPage, getSection } from '@/lib/content';
import { SectionIntro } from '@/components/SectionIntro';
import { routes, sections } from '@/lib/routes';

// The form may be found by search engines; its results (`?q=`) are kept from crawlers by robots.txt, and the page
// itself is kept out of the site's own search index by the build (lib/build/finishPage.ts).
export const metadata: Metadata = sectionMetadata('search');

/** The only page that loads a script: search runs in the browser against a static index. */
export default function SearchPage() {
  const section = getSection('search');
  // Where a reader goes when the site has nothing on their words.
  const gettingStarted = getPage('getting-started');
  const start = { href: routes.gettingStarted, label: gettingStarted?.title ?? 'Getting started' };
  return (
    <div className="container-narrow py-8">
      <SectionIntro section={section} />
      {/* Invisible until search.js marks it ready (its space kept, so nothing moves); without JavaScript it is not shown, as it could not search. */}
      <form id="search-form" role="search" aria-label="Search the site’s pages" action="/search/" method="get" className="search-form mt-6">
        <label htmlFor="search-input" className="font-semibold">
          Words to search for
        </label>
        <div className="mt-2 flex flex-wrap gap-2">
          <input id="search-input" name="q" type="search" autoComplete="off" className="search-input" />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
      <p id="search-status" role="status" aria-live="polite" className="search-status mt-6 font-semibold" />
      <div id="search-empty" className="search-empty card" hidden>
        <p>
          This site has no page about “<span id="search-empty-query" />
          ”. It is a small site, and many topics are not written about here. You are welcome to ask us about it directly, or start from one of these:
        </p>
        <ul className="bullets">
          <li>
            <Link href={routes.faq}>{sections.faq.label}: what people ask before starting</Link>
          </li>
          <li>
            <Link href={start.href}>{start.label}</Link>
          </li>
          <li>
            <Link href={routes.contact}>Contact us</Link>
          </li>
        </ul>
      </div>
      <ol id="search-results" className="search-results" />
      {/* Shown only where scripts cannot run (app/globals.css), so with scripts nothing appears or disappears as the page loads. */}
      <p className="search-no-js card mt-6">
        Search needs JavaScript, which is turned off or unavailable in your browser. You can still find everything by browsing: the{' '}
        <Link href={routes.blog}>articles</Link>, the <Link href={routes.experiences}>music experiences</Link>, <Link href={routes.faq}>common questions</Link>{' '}
        and the <Link href={routes.glossary}>glossary</Link>.
      </p>
      <nav aria-label="Browse instead" className="mt-10">
        <h2>Or browse</h2>
        <ul className="chip-list">
          <li>
            <Link href={routes.blog}>Articles</Link>
          </li>
          <li>
            <Link href={routes.experiences}>{sections.experiences.label}</Link>
          </li>
          <li>
            <Link href={routes.wellBeing}>{sections['well-being'].label}</Link>
          </li>
          <li>
            <Link href={routes.faq}>{sections.faq.label}</Link>
          </li>
          <li>
            <Link href={routes.glossary}>{sections.glossary.label}</Link>
          </li>
        </ul>
      </nav>
      {/* Module scripts are deferred already; `defer` on them is invalid HTML. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script never blocks parsing */}
      <script type="module" src="/search.js" data-keep="" />
    </div>
  );
}
