import type { Metadata } from 'next';
import Link from 'next/link';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'The page you asked for is not here. These links lead back to the site.',
  robots: { index: false, follow: true },
};

export default function NotFound() {
  return (
    <div className="container-narrow py-12">
      <h1 className="page-title">We can’t find that page</h1>
      <p className="lead mt-4">The address may have a typo, or the page may have moved. Nothing is wrong on your side.</p>
      <ul className="mt-6 list-disc pl-6">
        <li>
          <Link href={routes.home}>Go to the home page</Link>
        </li>
        <li>
          <Link href={routes.blog}>Read our articles</Link>
        </li>
        <li>
          <Link href={routes.team}>Meet our team</Link>
        </li>
      </ul>
    </div>
  );
}
