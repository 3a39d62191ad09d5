import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTags } from '@/lib/content';
import { paginate } from '@/lib/pagination';
import { listingMetadata, ListingPage, tagListing } from '../../listing';

interface Props {
  params: Promise<{ tag: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map(({ slug }) => ({ tag: slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(tagListing((await params).tag), 1);
}

export default async function TagPage({ params }: Props) {
  const listing = tagListing((await params).tag);
  if (!listing) notFound();
  return <ListingPage listing={listing} page={paginate(listing.articles, 1)!} />;
}
