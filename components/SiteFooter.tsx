import Link from 'next/link';
import { footerNavigation, mainNavigation } from '@/lib/routes';
import { site } from '@/lib/site';
import { CrisisNotice } from './CrisisNotice';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container-wide grid gap-8 py-10">
        <CrisisNotice />
        <div className="flex flex-wrap items-start justify-between gap-6 text-sm">
          <p className="max-w-prose">
            {site.name} offers music psychotherapy in {site.region}.
          </p>
          <nav aria-label="Footer">
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {[...mainNavigation, ...footerNavigation].map(({ href, label }) => (
                <li key={href}>
                  <Link href={href}>{label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  );
}
