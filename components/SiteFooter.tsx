import Link from 'next/link';
import { getPeople } from '@/lib/content';
import { navigationFor } from '@/lib/navigation';
import { footerNavigation } from '@/lib/routes';
import { site } from '@/lib/site';
import { CrisisNotice } from './CrisisNotice';
import { Mark } from './Logo';

/** The footer: the one crisis notice of most pages, and every page of the navigation, sub-pages included. */
export function SiteFooter() {
  const links = [...navigationFor(getPeople()).flatMap((item) => [item, ...(item.children ?? []).filter((c) => c.href !== item.href)]), ...footerNavigation];
  return (
    <footer className="site-footer">
      <div className="site-container grid gap-8 py-10">
        <CrisisNotice />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          <div className="footer-brand">
            <Mark className="mark" />
            <p className="max-w-prose">
              {site.name} offers music psychotherapy in {site.region}.
            </p>
          </div>
          <nav aria-label="Footer" className="footer-nav">
            <ul>
              {links.map(({ href, label }) => (
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
