import type { Metadata } from 'next';
import Link from 'next/link';
import { AreaLinks } from '@/components/AreaLinks';
import { ArticleList } from '@/components/ArticleList';
import { CardGrid } from '@/components/CardGrid';
import { LevelsDiagram } from '@/components/LevelsDiagram';
import { MdxContent } from '@/components/mdx/MdxContent';
import { SoundWaves } from '@/components/SoundWaves';
import { TeamPhoto } from '@/components/TeamPhoto';
import { AboutTheName } from '@/components/practice/AboutTheName';
import { Availability } from '@/components/practice/Availability';
import { getAreas, getArticles, getExperiences, getHome, getLevels, getPeople } from '@/lib/content';
import { firstConversationInWords, formatPrice, formatsInWords } from '@/lib/practice/describe';
import { loadPractice } from '@/lib/practice/load';
import { aboutNavigation, routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({ description: site.shortDescription, path: routes.home });

/** Short practical facts from the profile; unset ones are simply left out, and the fees page says what is missing. */
function practicalFacts(): string[] {
  const { sessions = {}, fees = {} } = loadPractice();
  const lowest = fees.schedule ? Math.min(...fees.schedule.map((f) => f.price)) : undefined;
  return [
    sessions.formats && `Sessions ${formatsInWords(sessions.formats)}${sessions.area ? `, in ${sessions.area}` : ''}.`,
    !sessions.formats && sessions.area && `Sessions in ${sessions.area}.`,
    sessions.minutes && `${sessions.minutes}-minute sessions.`,
    lowest !== undefined && `Fees from ${formatPrice(lowest)}.`,
    firstConversationInWords(loadPractice()),
  ].filter((fact): fact is string => typeof fact === 'string');
}

export default function HomePage() {
  const home = getHome();
  const latest = getArticles().slice(0, 3);
  const facts = practicalFacts();
  return (
    <div className="container-wide pb-12">
      <section aria-labelledby="welcome" className="hero">
        <SoundWaves className="hero-art" />
        <h1 id="welcome" className="page-title">
          {home.title}
        </h1>
        <p className="lead mt-4">{home.lead}</p>
        <p className="mt-6 flex flex-wrap gap-4">
          <Link href={routes.gettingStarted} className="button" data-first-step>
            {home.firstStep}
          </Link>
          <Link href={routes.approach} className="button-secondary">
            {aboutNavigation.label}
          </Link>
        </p>
        <div className="prose-site mt-8">
          <MdxContent code={home.bodyCode} />
        </div>
      </section>

      {/* Only what the profile gives: without a fact, the section would be a heading and a link, so it is left out. */}
      {facts.length > 0 && (
        <section aria-labelledby="practical" className="home-section">
          <h2 id="practical" className="section-title">
            Sessions, fees and where we work
          </h2>
          <ul className="bullets">
            {facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
          <p className="mt-3">
            <Link href={routes.fees}>Fees and sessions</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="team" className="home-section home-band">
        <h2 id="team" className="section-title">
          Who you would work with
        </h2>
        <ul className="mt-4 grid gap-4">
          {getPeople().map((person) => (
            <li key={person.slug} className="flex items-center gap-4">
              <TeamPhoto slug={person.slug} className="team-photo-small" />
              <div>
                <Link href={person.url}>{person.name}</Link>, {person.role.toLowerCase()}
                <Availability slug={person.slug} compact />
              </div>
            </li>
          ))}
        </ul>
        <AboutTheName className="mt-4" />
      </section>

      <section aria-labelledby="experiences" className="home-section">
        <h2 id="experiences" className="section-title">
          Four kinds of music experience
        </h2>
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

      <section aria-labelledby="work-on" className="home-section home-band">
        <h2 id="work-on" className="section-title">
          What would you like to work on?
        </h2>
        <AreaLinks areas={getAreas()} />
      </section>

      {latest.length > 0 && (
        <section aria-labelledby="latest" className="home-section">
          <h2 id="latest" className="section-title">
            Latest articles
          </h2>
          {home.featured && (
            <p className="mt-2 max-w-prose">
              New to this? Start with{' '}
              <Link href={home.featured.url} data-featured>
                {home.featured.title}
              </Link>
            </p>
          )}
          <ArticleList articles={latest} headingLevel={3} />
          <p className="mt-6">
            <Link href={routes.blog}>All articles</Link>
          </p>
        </section>
      )}
    </div>
  );
}
