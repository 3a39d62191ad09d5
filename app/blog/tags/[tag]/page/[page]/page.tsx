import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTags } from '@/lib/content';
import { pageNumbers, paginate, parsePageNumber } from '@/lib/pagination';
import { FirstPageRedirect, firstPageRedirectMetadata, listingMetadata, ListingPage, tagListing } from '../../../../listing';

interface Props {
  params: Promise<{ tag: string; page: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().flatMap((tag) => pageNumbers(tag.articles.length).map((n) => ({ tag: tag.slug, page: String(n) })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  const number = parsePageNumber(page);
  return number === 1 ? firstPageRedirectMetadata(tagListing(tag)) : listingMetadata(tagListing(tag), number ?? 0);
}

export default async function TagListPage({ params }: Props) {
  const { tag, page: segment } = await params;
  const listing = tagListing(tag);
  if (!listing) notFound();
  const number = parsePageNumber(segment);
  if (number === 1) return <FirstPageRedirect listing={listing} />;
  const page = number === undefined ? undefined : paginate(listing.articles, number);
  if (!page) notFound();
  return <ListingPage listing={listing} page={page} />;
}
