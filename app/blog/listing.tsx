/**
 * What every page of an article listing shares: the articles list and each
 * tag's list, page by page. Routes under app/blog/ only pick the list and
 * the page number.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleList } from '@/components/ArticleList';
import { PageIntro } from '@/components/PageIntro';
import { Pagination } from '@/components/Pagination';
import { trail, type Crumb } from '@/lib/breadcrumbs';
import { getArticles, getSection, getTag, type ArticleSummary } from '@/lib/content';
import { sectionCrumb } from '@/components/SectionIntro';
import { paginate, type Paginated } from '@/lib/pagination';
import { routes } from '@/lib/routes';
import { pageMetadata, socialImagePath } from '@/lib/seo/metadata';

export interface Listing {
  readonly title: string;
  readonly description: string;
  readonly lead: string;
  readonly crumbs: readonly Crumb[];
  readonly articles: readonly ArticleSummary[];
  /** The address of page `n` of this list. */
  readonly href: (n: number) => string;
}

/** The articles list, introduced by content/sections/blog.mdx. */
export function blogListing(): Listing {
  const section = getSection('blog');
  return {
    title: section.title,
    description: section.description,
    lead: section.lead ?? '',
    crumbs: [sectionCrumb('blog')],
    articles: getArticles(),
    href: routes.blogPage,
  };
}

export function tagListing(slug: string): Listing | undefined {
  const tag = getTag(slug);
  if (!tag) return undefined;
  return {
    title: `Articles about ${tag.name}`,
    description: `Plain-language articles about ${tag.name}, from ${tag.articles.length === 1 ? 'one article' : `${tag.articles.length} articles`} on music psychotherapy.`,
    lead: `Articles filed under “${tag.name}”, newest first.`,
    crumbs: [sectionCrumb('blog'), { name: 'Topics', path: routes.tags }, { name: tag.name, path: tag.url }],
    articles: tag.articles,
    href: (n) => routes.tagPage(tag.slug, n),
  };
}

/** A page's title says which page it is, so each has its own title in results and tabs. */
const titleOf = (listing: Listing, page: Paginated<unknown>) => (page.number === 1 ? listing.title : `${listing.title}, page ${page.number} of ${page.count}`);

export function listingMetadata(listing: Listing | undefined, number: number): Metadata {
  const page = listing && paginate(listing.articles, number);
  if (!listing || !page) return {};
  // Every page of a list shares the list's own card: page 7 of an archive needs no picture of its own.
  return pageMetadata({
    title: titleOf(listing, page),
    description: listing.description,
    path: listing.href(page.number),
    image: socialImagePath(listing.href(1)),
  });
}

export function ListingPage({ listing, page }: { listing: Listing; page: Paginated<ArticleSummary> }) {
  const current = listing.href(page.number);
  const crumbs = page.number === 1 ? listing.crumbs : [...listing.crumbs, { name: `Page ${page.number}`, path: current }];
  return (
    <div className="container-narrow py-12">
      <PageIntro crumbs={trail(...crumbs)} title={titleOf(listing, page)} lead={page.number === 1 && listing.lead ? listing.lead : undefined} band />
      {page.items.length > 0 ? <ArticleList articles={page.items} /> : <p className="mt-8">No articles yet.</p>}
      <Pagination page={page} href={listing.href} label={`Pages of ${listing.title.charAt(0).toLowerCase()}${listing.title.slice(1)}`} />
    </div>
  );
}

/**
 * Page 1 of a list lives at the list's own address. Its numbered address
 * (…/page/1/) exists so the route always has a page to export, and sends
 * readers on to the list without script; search engines are told to skip it.
 */
export function FirstPageRedirect({ listing }: { listing: Listing }) {
  const target = listing.href(1);
  return (
    <div className="container-narrow py-12">
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <h1 className="page-title">{listing.title}</h1>
      <p className="mt-4">
        The first page is at <Link href={target}>{listing.title.charAt(0).toLowerCase() + listing.title.slice(1)}</Link>.
      </p>
    </div>
  );
}

export function firstPageRedirectMetadata(listing: Listing | undefined): Metadata {
  if (!listing) return {};
  return { ...pageMetadata({ title: listing.title, description: listing.description, path: listing.href(1), noindex: true }) };
}
