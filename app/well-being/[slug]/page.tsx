import { SearchWords } from '@/components/SearchWords';
import type { Metadata } from 'next';
import { NextStep } from '@/components/NextStep';
import { pageMetadata } from '@/lib/seo/metadata';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { CardGrid } from '@/components/CardGrid';
import { MdxContent } from '@/components/mdx/MdxContent';
import { PageIntro } from '@/components/PageIntro';
import { sectionCrumb } from '@/components/SectionIntro';
import { References } from '@/components/References';
import { trail } from '@/lib/breadcrumbs';
import { getArea, getAreas, getArticles, getExperiences } from '@/lib/content';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getAreas().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const area = getArea((await params).slug);
  return area ? pageMetadata({ title: `${area.title} well-being`, description: area.description, path: area.url }) : {};
}

export default async function AreaPage({ params }: Props) {
  const area = getArea((await params).slug);
  if (!area) notFound();
  const experiences = getExperiences().filter((e) => e.areas.includes(area.slug));
  const articles = getArticles().filter((a) => a.areas.includes(area.slug));
  return (
    <article className="container-narrow py-12">
      <PageIntro
        crumbs={trail(sectionCrumb('well-being'), { name: area.title, path: area.url })}
        title={`${area.title} well-being`}
        lead={area.description}
        band
      />
      <div className="prose-site mt-8">
        <MdxContent code={area.bodyCode} citations={area.citations} />
        <SearchWords words={area.searchWords} />
      </div>
      <section aria-labelledby="experiences" className="section">
        <h2 id="experiences">Music experiences that can help</h2>
        <CardGrid items={experiences} headingLevel={3} />
      </section>
      {articles.length > 0 && (
        <section aria-labelledby="articles" className="section">
          <h2 id="articles">Articles</h2>
          <ArticleList articles={articles} headingLevel={3} />
        </section>
      )}
      <NextStep />
      <References citations={area.citations} />
    </article>
  );
}
