import type { Metadata } from 'next';
import Link from 'next/link';
import { NextStep } from '@/components/NextStep';
import { notFound } from 'next/navigation';
import { Byline } from '@/components/Byline';
import { LastReviewed } from '@/components/LastReviewed';
import { SearchWords } from '@/components/SearchWords';
import { JsonLd } from '@/components/JsonLd';
import { MdxContent } from '@/components/mdx/MdxContent';
import { PageIntro } from '@/components/PageIntro';
import { sectionCrumb } from '@/components/SectionIntro';
import { References } from '@/components/References';
import { RelatedReading } from '@/components/RelatedReading';
import { trail } from '@/lib/breadcrumbs';
import { getArticle, getArticles, getRelatedArticles, getReview } from '@/lib/content';
import { slugify } from '@/lib/content/slug';
import { absoluteUrl, routes } from '@/lib/routes';
import { blogPostingJsonLd } from '@/lib/seo/jsonld';
import { pageMetadata, socialImagePath } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: article.url,
    type: 'article',
    publishedTime: article.date,
    modifiedTime: article.updated ?? article.date,
    authors: [article.author?.name ?? site.name],
    noindex: article.status !== 'public',
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return (
    <article className="container-narrow py-12">
      <PageIntro crumbs={trail(sectionCrumb('blog'), { name: article.title, path: article.url })} title={article.title}>
        {article.status !== 'public' && (
          <p className="status-badge">Preview: this article is {article.status === 'draft' ? 'a draft' : 'scheduled'} and not published</p>
        )}
      </PageIntro>
      <Byline article={article} />
      {article.inShort && (
        <section aria-labelledby="in-short" className="in-short mt-8">
          <h2 id="in-short">In short</h2>
          <p>{article.inShort}</p>
        </section>
      )}
      <div className="prose-site mt-10">
        <MdxContent code={article.bodyCode} citations={article.citations} />
      </div>
      <LastReviewed review={getReview(article)} />
      <SearchWords words={article.searchWords} />
      {article.tags.length > 0 && (
        <nav aria-labelledby="topics" className="mt-10" data-pagefind-ignore="all">
          <h2 id="topics" className="text-xl font-semibold">
            Topics
          </h2>
          <ul className="tag-list">
            {article.tags.map((tag) => (
              <li key={tag}>
                <Link href={routes.tag(slugify(tag))}>{tag}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <NextStep />
      <References citations={article.citations} />
      <RelatedReading articles={getRelatedArticles(article)} />
      <JsonLd data={blogPostingJsonLd(article, { baseUrl: site.url, imageUrl: absoluteUrl(site.url, socialImagePath(article.url)) })} />
    </article>
  );
}
