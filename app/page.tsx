import Link from 'next/link';
import { ArticleList } from '@/components/ArticleList';
import { getArticles, getPeople } from '@/lib/content';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';

export default function HomePage() {
  const latest = getArticles().slice(0, 3);
  const introduction = getArticles().find((a) => a.slug === 'what-is-music-psychotherapy') ?? latest[0];
  const people = getPeople();
  return (
    <div className="container-wide py-12">
      <section aria-labelledby="welcome" className="max-w-prose">
        <h1 id="welcome" className="page-title">
          Music psychotherapy in Ontario, shaped around you
        </h1>
        <p className="lead mt-6">
          {site.name} offers psychotherapy that uses music and words together. Our therapists are registered with
          the College of Registered Psychotherapists of Ontario and certified as music therapists through the Canadian
          Association of Music Therapists. Together with you, they choose how much of each
          session is music and how much is talking, based on your needs, goals and comfort.
        </p>
        <p className="mt-4">
          You do not need to play an instrument or know anything about music. Music psychotherapy may suit you if you
          love music, value creativity, find it hard to put things into words, have felt stuck in talk therapy, or
          would simply like to try something new.
        </p>
        {introduction && (
          <p className="mt-8">
            <Link href={introduction.url} className="button">
              Read: {introduction.title}
            </Link>
          </p>
        )}
      </section>

      {latest.length > 0 && (
        <section aria-labelledby="latest" className="mt-16">
          <h2 id="latest" className="text-2xl font-semibold">
            Latest articles
          </h2>
          <ArticleList articles={latest} headingLevel={3} />
          <p className="mt-6">
            <Link href={routes.blog}>All articles</Link>
          </p>
        </section>
      )}

      {people.length > 0 && (
        <section aria-labelledby="team" className="mt-16 max-w-prose">
          <h2 id="team" className="text-2xl font-semibold">
            Who you would work with
          </h2>
          <p className="mt-4">
            Learn about each therapist’s training and credentials, and read what they have written.{' '}
            <Link href={routes.team}>Meet our team</Link>.
          </p>
        </section>
      )}
    </div>
  );
}
