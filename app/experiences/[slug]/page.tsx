import { SearchWords } from '@/components/SearchWords';
import type { Metadata } from 'next';
import { LastReviewed } from '@/components/LastReviewed';
import { NextStep } from '@/components/NextStep';
import { pageMetadata } from '@/lib/seo/metadata';
import { notFound } from 'next/navigation';
import { AreaLinks } from '@/components/AreaLinks';
import { ArticleList } from '@/components/ArticleList';
import { MdxContent } from '@/components/mdx/MdxContent';
import { PageIntro } from '@/components/PageIntro';
import { sectionCrumb } from '@/components/SectionIntro';
import { PreviousNext } from '@/components/PreviousNext';
import { References } from '@/components/References';
import { trail } from '@/lib/breadcrumbs';
import { getAreas, getArticles, getExperience, getExperiences, getReview } from '@/lib/content';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getExperiences().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getExperience((await params).slug);
  return found ? pageMetadata({ title: found.experience.title, description: found.experience.description, path: found.experience.url }) : {};
}

export default async function ExperiencePage({ params }: Props) {
  const found = getExperience((await params).slug);
  if (!found) notFound();
  const { experience, previous, next } = found;
  const areas = getAreas().filter((a) => experience.areas.includes(a.slug));
  const articles = getArticles().filter((a) => a.experiences.includes(experience.slug));
  return (
    <article className="container-narrow py-12">
      <PageIntro
        crumbs={trail(sectionCrumb('experiences'), { name: experience.title, path: experience.url })}
        title={experience.title}
        lead={experience.description}
        band
      />
      <div className="prose-site mt-8">
        <MdxContent code={experience.bodyCode} citations={experience.citations} />
        <SearchWords words={experience.searchWords} />
      </div>
      <section aria-labelledby="examples" className="section">
        <h2 id="examples">What it can look like in a session</h2>
        <ul className="bullets">
          {experience.examples.map((example) => (
            <li key={example}>{capitalise(example)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="helps-with" className="section">
        <h2 id="helps-with">What it can help with</h2>
        <ul className="bullets">
          {experience.helpsWith.map((item) => (
            <li key={item}>{capitalise(item)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="areas" className="section">
        <h2 id="areas">Areas of well-being it can touch</h2>
        <AreaLinks areas={areas} />
      </section>
      {articles.length > 0 && (
        <section aria-labelledby="articles" className="section">
          <h2 id="articles">Articles about {experience.title.toLowerCase()}</h2>
          <ArticleList articles={articles} headingLevel={3} />
        </section>
      )}
      {/* Experience pages are health information too: the schema gives them the review fields (lib/content/fieldSpec.ts). */}
      <LastReviewed review={getReview(experience)} />
      <NextStep />
      <References citations={experience.citations} />
      <PreviousNext label="Other music experiences" previous={previous} next={next} />
    </article>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
