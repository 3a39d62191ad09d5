import Link from 'next/link';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';
import { MainNav } from './MainNav';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container-wide flex flex-wrap items-center justify-between gap-x-6 gap-y-2 pt-3">
        <Link href={routes.home} className="site-name">
          {site.name}
        </Link>
        <Link href={routes.helpNow} className="help-now-link">
          Help now
        </Link>
      </div>
      <div className="container-wide py-2">
        <MainNav />
      </div>
    </header>
  );
}
