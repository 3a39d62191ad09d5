import type { Metadata } from 'next';
import { paginate } from '@/lib/pagination';
import { blogListing, listingMetadata, ListingPage } from './listing';

export function generateMetadata(): Metadata {
  return listingMetadata(blogListing(), 1);
}

export default function BlogIndexPage() {
  const listing = blogListing();
  return <ListingPage listing={listing} page={paginate(listing.articles, 1)!} />;
}
