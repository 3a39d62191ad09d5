import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { notFound } from 'next/navigation';
import { CredentialAbbr, RegisterLink } from '@/components/Credentials';
import { ArticleList } from '@/components/ArticleList';
import { MdxContent } from '@/components/mdx/MdxContent';
import { PageIntro } from '@/components/PageIntro';
import { sectionCrumb } from '@/components/SectionIntro';
import { NextStep } from '@/components/NextStep';
import { Registrations } from '@/components/Registrations';
import { TeamPhoto } from '@/components/TeamPhoto';
import { trail } from '@/lib/breadcrumbs';
import { regulatorOf } from '@/lib/credentials';
import { getArticlesBy, getPeople, getPerson } from '@/lib/content';
import { AboutTheName } from '@/components/practice/AboutTheName';
import { Availability } from '@/components/practice/Availability';
import { Booking } from '@/components/practice/Booking';
import { Fit } from '@/components/practice/Fit';
import { Supervision } from '@/components/practice/Supervision';
import { JsonLd } from '@/components/JsonLd';
import { profilePageJsonLd } from '@/lib/seo/jsonld';
import { loadPractice } from '@/lib/practice/load';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getPeople().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = getPerson((await params).slug);
  if (!person) return {};
  const credentials = person.credentials.map((c) => c.abbreviation).join(', ');
  return pageMetadata({
    title: person.name,
    description: `${person.name}${credentials ? `, ${credentials}` : ''}: ${person.role.toLowerCase()} at ${site.name}, with credentials explained and articles.`,
    path: person.url,
  });
}

export default async function PersonPage({ params }: Props) {
  const person = getPerson((await params).slug);
  if (!person) notFound();
  const articles = getArticlesBy(person.slug);
  const member = loadPractice().team?.[person.slug];
  const registered = new Set((member?.registrations ?? []).map((r) => r.body as string));
  return (
    <div className="container-narrow py-12">
      <PageIntro crumbs={trail(sectionCrumb('team'), { name: person.name, path: person.url })} title={person.name} lead={person.role} band={!member?.photo} />
      <div className="person-layout">
        <div className="person-main">
          <Availability slug={person.slug} />
          <section aria-labelledby="about">
            <h2 id="about" className="text-xl font-semibold">
              About {person.name.split(' ')[0]}
            </h2>
            <div className="prose-site mt-4">
              <MdxContent code={person.bodyCode} />
            </div>
            <AboutTheName className="mt-4" />
          </section>
          <Fit slug={person.slug} firstName={person.name.split(' ')[0]!} />
          {person.credentials.length > 0 && (
            <section aria-labelledby="credentials" className="mt-8">
              <h2 id="credentials" className="text-xl font-semibold">
                Credentials
              </h2>
              {/* One row a credential, the letters in one column so every explanation starts at the same edge. */}
              <dl className="credential-list">
                {person.credentials.map((credential) => {
                  const regulator = regulatorOf(credential);
                  return (
                    <div key={credential.abbreviation}>
                      <dt>
                        <CredentialAbbr credential={credential} />
                      </dt>
                      <dd>
                        {credential.fullName}
                        {credential.kind !== 'degree' && <>, from the {credential.grantedBy.name}</>}
                        {/* The registration below links to the register when the profile lists it. */}
                        {regulator && !registered.has(regulator.id) && (
                          <>
                            {' '}
                            (check it on <RegisterLink regulator={regulator} />)
                          </>
                        )}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          )}
          <Registrations slug={person.slug} name={person.name} />
          <Supervision person={person} />
          <Booking slug={person.slug} name={person.name} />
        </div>
        <TeamPhoto slug={person.slug} className="team-photo person-photo" />
      </div>
      <section aria-labelledby="articles" className="mt-10">
        <h2 id="articles" className="text-xl font-semibold">
          Articles by {person.name}
        </h2>
        {articles.length > 0 ? <ArticleList articles={articles} headingLevel={3} /> : <p className="mt-4">No articles yet.</p>}
      </section>
      <NextStep />
      <JsonLd
        data={profilePageJsonLd(person, { baseUrl: site.url, siteName: site.name, registrations: loadPractice().team?.[person.slug]?.registrations ?? [] })}
      />
    </div>
  );
}
