import type { Metadata } from 'next';
import { ArticleList } from '@/components/ArticleList';
import { getArticles } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Plain-language articles about music therapy, music psychotherapy and what to expect in a session.',
};

export default function BlogIndexPage() {
  const articles = getArticles();
  return (
    <div className="container-narrow py-12">
      <h1 className="page-title">Articles</h1>
      <p className="lead mt-4">Plain-language writing about music psychotherapy, newest first.</p>
      {articles.length > 0 ? <ArticleList articles={articles} /> : <p className="mt-8">No articles yet.</p>}
    </div>
  );
}
