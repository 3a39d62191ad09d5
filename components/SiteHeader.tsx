import Link from 'next/link';
import { routes } from '@/lib/routes';
import { Logo } from './Logo';
import { MainNav } from './MainNav';
import { SearchBox } from './SearchBox';

/**
 * One row on a phone (wordmark, Help now, Menu); on wide screens the
 * wordmark, search and Help now, with the navigation in a second row.
 * "Help now" is never inside the menu: one tap from every page.
 * Links carry data-nav so the build can mark the current page (lib/build/currentPage.ts).
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-container header-bar">
        <Logo />
        <div className="header-search-wide">
          <SearchBox id="header-search" />
        </div>
        <Link href={routes.helpNow} className="help-now-link" data-nav="">
          Help now
        </Link>
        <MainNav />
      </div>
    </header>
  );
}
