import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Credentials } from '@/components/Credentials';
import { MdxContent } from '@/components/mdx/MdxContent';
import { getArticle, getArticles } from '@/lib/content';
import { formatDay, isoDay } from '@/lib/content/dates';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? { title: article.title, description: article.description } : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const { author } = article;
  return (
    <article className="container-narrow py-12">
      <header>
        {article.status !== 'public' && (
          <p className="status-badge">Preview: this article is {article.status === 'draft' ? 'a draft' : 'scheduled'} and not published</p>
        )}
        <h1 className="page-title">{article.title}</h1>
        <p className="meta mt-4">
          By <Link href={author.url}>{author.name}</Link>
          {author.credentials.length > 0 && (
            <>
              , <Credentials credentials={author.credentials} />
            </>
          )}
          <span aria-hidden="true"> · </span>
          <span className="whitespace-nowrap">
            Published <time dateTime={isoDay(article.date)}>{formatDay(article.date)}</time>
          </span>
          {article.updated && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="whitespace-nowrap">
                Updated <time dateTime={isoDay(article.updated)}>{formatDay(article.updated)}</time>
              </span>
            </>
          )}
        </p>
      </header>
      <div className="prose-site mt-10">
        <MdxContent code={article.bodyCode} />
      </div>
    </article>
  );
}
