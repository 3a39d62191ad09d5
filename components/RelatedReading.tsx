import type { Article } from '@/lib/content';
import { pageIds } from '@/lib/pageIds';
import { ArticleList } from './ArticleList';

/** "You might also be interested in", at the end of an article. */
export function RelatedReading({ articles }: { articles: readonly Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related" className="related-reading">
      <h2 id={pageIds.related} className="text-2xl font-semibold">
        You might also be interested in
      </h2>
      <ArticleList articles={articles} headingLevel={3} />
    </section>
  );
}
