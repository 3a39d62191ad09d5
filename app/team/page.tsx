import type { Metadata } from 'next';
import { sectionMetadata } from '@/lib/seo/sectionMetadata';
import { NextStep } from '@/components/NextStep';
import Link from 'next/link';
import { Credentials, RegisterLink } from '@/components/Credentials';
import { regulators } from '@/lib/regulators';
import { SectionIntro } from '@/components/SectionIntro';
import { getPeople, getSection } from '@/lib/content';
import { Availability } from '@/components/practice/Availability';

export const metadata: Metadata = sectionMetadata('team');

export default function TeamPage() {
  const section = getSection('team');
  return (
    <div className="container-narrow py-12">
      <SectionIntro section={section} band />
      <p className="mt-4">
        You can check a registration on <RegisterLink regulator={regulators.CRPO} />, and a certification through <RegisterLink regulator={regulators.CAMT} />.
      </p>
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
            <Availability slug={person.slug} compact />
            {person.credentials.length > 0 && <p className="mt-2 text-sm">{person.credentials.map((c) => c.fullName).join(' · ')}</p>}
          </li>
        ))}
      </ul>
      <NextStep />
    </div>
  );
}
