import type { Metadata } from 'next';
import { NextStep } from '@/components/NextStep';
import { pageMetadata } from '@/lib/seo/metadata';
import Link from 'next/link';
import { Credentials } from '@/components/Credentials';
import { PageIntro } from '@/components/PageIntro';
import { trail } from '@/lib/breadcrumbs';
import { routes } from '@/lib/routes';
import { getPeople } from '@/lib/content';

export const metadata: Metadata = pageMetadata({
  title: 'Our team',
  description: 'The music therapists and psychotherapists of Tiffany Music Therapy, with their credentials explained.',
  path: routes.team,
});

export default function TeamPage() {
  return (
    <div className="container-narrow py-12">
      <PageIntro crumbs={trail({ name: 'Team', path: routes.team })} title="Our team" lead="Our therapists are registered with the College of Registered Psychotherapists of Ontario and certified through the Canadian Association of Music Therapists." />
      <ul className="mt-8 grid gap-6">
        {getPeople().map((person) => (
          <li key={person.slug} className="card">
            <h2 className="text-xl font-semibold">
              <Link href={person.url}>{person.name}</Link>
            </h2>
            <p className="meta">
              <Credentials credentials={person.credentials} />
            </p>
            <p>{person.role}</p>
            {person.credentials.length > 0 && (
              <p className="mt-2 text-sm">{person.credentials.map((c) => c.term).join(' · ')}</p>
            )}
          </li>
        ))}
      </ul>
      <NextStep />
    </div>
  );
}
