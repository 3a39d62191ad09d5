import type { Metadata } from 'next';
import { sectionMetadata } from '@/lib/seo/sectionMetadata';
import { ArticleList } from '@/components/ArticleList';
import { SectionIntro } from '@/components/SectionIntro';
import { getArticles, getSection } from '@/lib/content';

export const metadata: Metadata = sectionMetadata('blog');

export default function BlogIndexPage() {
  const section = getSection('blog');
  const articles = getArticles();
  return (
    <div className="container-narrow py-12">
      <SectionIntro section={section} />
      {articles.length > 0 ? <ArticleList articles={articles} /> : <p className="mt-8">No articles yet.</p>}
    </div>
  );
}
