import Link from 'next/link';
import type { Article } from '@/lib/content';
import { formatDay, isoDay } from '@/lib/content/dates';
import { site } from '@/lib/site';
import { Credentials } from './Credentials';

/** Who wrote an article and when: "By Kaitlyn Kasha, RP (Qualifying), MMT, MTA · Published November 25, 2026". */
export function Byline({ article }: { article: Article }) {
  const { author } = article;
  return (
    <p className="meta byline mt-4">
      {author ? (
        <>
          By <Link href={author.url}>{author.name}</Link>
          {author.credentials.length > 0 && (
            <>
              , <Credentials credentials={author.credentials} />
            </>
          )}
        </>
      ) : (
        <>By {site.name}</>
      )}
      <span aria-hidden="true"> · </span>
      <span>
        Published <time dateTime={isoDay(article.date)}>{formatDay(article.date)}</time>
      </span>
      {article.updated && (
        <>
          <span aria-hidden="true"> · </span>
          <span>
            Updated <time dateTime={isoDay(article.updated)}>{formatDay(article.updated)}</time>
          </span>
        </>
      )}
    </p>
  );
}
