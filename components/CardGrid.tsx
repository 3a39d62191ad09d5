import Link from 'next/link';
import { AbbrText } from './AbbrText';

interface Card {
  readonly slug: string;
  readonly title: string;
  readonly url: string;
  readonly description: string;
}

/** Pages as a grid of cards, each a linked title and its one-line description; the whole card is the link's target. */
export function CardGrid({ items, headingLevel = 2 }: { items: readonly Card[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    // Listings repeat other pages’ summaries; search should lead to the pages themselves.
    <ul className="card-grid" data-pagefind-ignore="all">
      {items.map((item) => (
        <li key={item.slug} className="card link-card">
          <Heading>
            <Link href={item.url} className="card-link">
              {item.title}
            </Link>
          </Heading>
          <p className="mt-2">
            <AbbrText text={item.description} />
          </p>
          {/* Says what the card is: the whole card is one link. */}
          <p className="card-more" aria-hidden="true">
            Read more
          </p>
        </li>
      ))}
    </ul>
  );
}
