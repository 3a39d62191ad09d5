import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/MdxContent';
import { LastReviewed } from '@/components/LastReviewed';
import { NextStep } from '@/components/NextStep';
import { SearchWords } from '@/components/SearchWords';
import { PageIntro } from '@/components/PageIntro';
import { References } from '@/components/References';
import { trail } from '@/lib/breadcrumbs';
import { getPage, getPages, getReview } from '@/lib/content';

/** Pages that are themselves the way forward end without the next-step block. */
const pagesThatAreANextStep = new Set(['getting-started', 'contact', 'help-now', 'fees']);
/** Pages without the band above the title: on these, the steps and the crisis lines come first, on the first screen. */
const pagesWithoutBand = new Set(['getting-started', 'help-now']);

interface Props {
  params: Promise<{ page: string }>;
}

export const dynamicParams = false;

/** Pages written in content/pages/ (approach, contact, help-now, privacy, accessibility, ...). */
export function generateStaticParams() {
  return getPages().map(({ slug }) => ({ page: slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage((await params).page);
  return page ? pageMetadata({ title: page.title, description: page.description, path: page.url }) : {};
}

export default async function ContentPage({ params }: Props) {
  const page = getPage((await params).page);
  if (!page) notFound();
  return (
    <article className="container-narrow py-12">
      <PageIntro crumbs={trail({ name: page.title, path: page.url })} title={page.title} band={!pagesWithoutBand.has(page.slug)} />
      <div className="prose-site mt-8">
        <MdxContent code={page.bodyCode} citations={page.citations} />
      </div>
      <LastReviewed review={getReview(page)} />
      <SearchWords words={page.searchWords} />
      {!pagesThatAreANextStep.has(page.slug) && <NextStep />}
      <References citations={page.citations} />
    </article>
  );
}
