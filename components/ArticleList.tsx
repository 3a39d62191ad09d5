import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content';
import { AbbrText } from './AbbrText';
import { formatDay, isoDay } from '@/lib/content/dates';

/** Articles as a list of title, date and description, each a card whose title link covers it. `headingLevel` keeps the page's outline intact. */
export function ArticleList({ articles, headingLevel = 2 }: { articles: readonly ArticleSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    // Listings repeat other pages’ summaries; search should lead to the pages themselves.
    <ul className="article-list" data-pagefind-ignore="all">
      {articles.map((article) => (
        <li key={article.slug}>
          <article>
            <Heading>
              <Link href={article.url}>{article.title}</Link>
            </Heading>
            <p className="meta">
              <time dateTime={isoDay(article.date)}>{formatDay(article.date)}</time>
              {article.status !== 'public' && <span className="status-badge">{article.status}</span>}
            </p>
            <p>
              <AbbrText text={article.description} />
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
