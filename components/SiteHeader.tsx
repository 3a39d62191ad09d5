import Link from 'next/link';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';
import { MainNav } from './MainNav';
import { SearchBox } from './SearchBox';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container-wide flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <Link href={routes.home} className="site-name">
          {site.name}
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link href={routes.helpNow} className="help-now-link">
            Help now
          </Link>
          <MainNav />
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
