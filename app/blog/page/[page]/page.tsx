import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageNumbers, paginate, parsePageNumber } from '@/lib/pagination';
import { blogListing, FirstPageRedirect, firstPageRedirectMetadata, listingMetadata, ListingPage } from '../../listing';

interface Props {
  params: Promise<{ page: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return pageNumbers(blogListing().articles.length).map((n) => ({ page: String(n) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parsePageNumber((await params).page);
  return number === 1 ? firstPageRedirectMetadata(blogListing()) : listingMetadata(blogListing(), number ?? 0);
}

export default async function BlogListPage({ params }: Props) {
  const listing = blogListing();
  const number = parsePageNumber((await params).page);
  if (number === 1) return <FirstPageRedirect listing={listing} />;
  const page = number === undefined ? undefined : paginate(listing.articles, number);
  if (!page) notFound();
  return <ListingPage listing={listing} page={page} />;
}
