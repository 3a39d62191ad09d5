import type { Metadata } from 'next';
import Link from 'next/link';
import { Credentials } from '@/components/Credentials';
import { getPeople } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Our team',
  description: 'The music therapists and psychotherapists of Tiffany Music Therapy, with their credentials explained.',
};

export default function TeamPage() {
  return (
    <div className="container-narrow py-12">
      <h1 className="page-title">Our team</h1>
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
          </li>
        ))}
      </ul>
    </div>
  );
}
