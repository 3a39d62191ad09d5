import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { ArticleList } from '@/components/ArticleList';
import { PageIntro } from '@/components/PageIntro';
import { trail } from '@/lib/breadcrumbs';
import { routes } from '@/lib/routes';
import { getArticles } from '@/lib/content';

export const metadata: Metadata = pageMetadata({
  title: 'Articles',
  description: 'Plain-language articles about music therapy, music psychotherapy and what to expect in a session.',
  path: routes.blog,
});

export default function BlogIndexPage() {
  const articles = getArticles();
  return (
    <div className="container-narrow py-12">
      <PageIntro crumbs={trail({ name: 'Articles', path: routes.blog })} title="Articles" lead="Plain-language writing about music psychotherapy, newest first." />
      {articles.length > 0 ? <ArticleList articles={articles} /> : <p className="mt-8">No articles yet.</p>}
    </div>
  );
}
