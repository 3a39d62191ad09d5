import type { Metadata } from 'next';
import Link from 'next/link';
import { AreaLinks } from '@/components/AreaLinks';
import { ArticleList } from '@/components/ArticleList';
import { CardGrid } from '@/components/CardGrid';
import { LevelsDiagram } from '@/components/LevelsDiagram';
import { getAreas, getArticles, getExperiences, getLevels } from '@/lib/content';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({ description: site.shortDescription, path: routes.home });

export default function HomePage() {
  const latest = getArticles().slice(0, 3);
  const introduction = getArticles().find((a) => a.slug === 'what-is-music-psychotherapy');
  return (
    <div className="container-wide pb-12">
      <section aria-labelledby="welcome" className="hero">
        <h1 id="welcome" className="page-title">
          Music psychotherapy in Ontario, shaped around you
        </h1>
        <p className="lead mt-4">
          {site.name} offers psychotherapy that can use music, words, or both. Our therapists are registered with the
          College of Registered Psychotherapists of Ontario and certified as music therapists through the Canadian
          Association of Music Therapists. Together with you, they choose how much of each session is music and how
          much is talking, based on your needs, goals and comfort.
        </p>
        <p className="mt-4">
          You do not need to play an instrument or know music theory. Music psychotherapy may suit you if you love music
          or value creativity. It may also suit you if talking is hard, talk therapy has felt stuck, or you simply want
          to try something new.
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link href={routes.contact} className="button">
            Take a first step
          </Link>
          <Link href={routes.approach} className="button-secondary">
            How we work
          </Link>
        </p>
      </section>

      <section aria-labelledby="experiences" className="home-section">
        <h2 id="experiences" className="section-title">
          Four kinds of music experience
        </h2>
        <p className="mt-2 max-w-prose">Sessions can include listening, making music on the spot, playing existing music, and writing songs.</p>
        <CardGrid items={getExperiences()} headingLevel={3} />
      </section>

      <section aria-labelledby="levels" className="home-section">
        <h2 id="levels" className="section-title">
          The role music plays
        </h2>
        <LevelsDiagram levels={getLevels()} compact />
        <p className="mt-4">
          <Link href={routes.levels}>Read about the four levels</Link>
        </p>
      </section>

      <section aria-labelledby="work-on" className="home-section">
        <h2 id="work-on" className="section-title">
          What would you like to work on?
        </h2>
        <p className="mt-2 max-w-prose">Music therapy can address seven areas of well-being. Choose one to read about it and the music experiences that can touch it.</p>
        <AreaLinks areas={getAreas()} />
      </section>

      {latest.length > 0 && (
        <section aria-labelledby="latest" className="home-section">
          <h2 id="latest" className="section-title">
            Latest articles
          </h2>
          {introduction && (
            <p className="mt-2 max-w-prose">
              New to this? Start with <Link href={introduction.url}>{introduction.title}</Link>
            </p>
          )}
          <ArticleList articles={latest} headingLevel={3} />
          <p className="mt-6">
            <Link href={routes.blog}>All articles</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="next-step" className="home-section next-step">
        <h2 id="next-step" className="section-title">
          Ready when you are
        </h2>
        <p className="mt-2">
          Reaching out can feel like a big step. You can take it whenever you feel ready.
        </p>
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href={routes.contact} className="button">
            Contact us
          </Link>
          <Link href={routes.faq} className="button-secondary">
            Read common questions
          </Link>
        </p>
      </section>
    </div>
  );
}
