import Link from 'next/link';
import { mainNavigation } from '@/lib/routes';
import { SearchBox } from './SearchBox';

/**
 * The main navigation and search, without JavaScript: on narrow screens they
 * sit in a native <details> disclosure; on wide screens the links show in a
 * row with the search box at its end. Only one of the two is displayed at a
 * time, so screen readers and the Tab key meet each link once.
 */
export function MainNav() {
  const links = mainNavigation.map(({ href, label }) => (
    <li key={href}>
      <Link href={href} className="nav-link">
        {label}
      </Link>
    </li>
  ));
  return (
    <nav aria-label="Main" className="main-nav">
      <details className="nav-disclosure lg:hidden">
        <summary className="nav-summary">Menu</summary>
        <ul className="nav-list-narrow">{links}</ul>
        <div className="mt-3">
          <SearchBox id="menu-search" />
        </div>
      </details>
      <div className="hidden items-center justify-between gap-4 lg:flex">
        <ul className="nav-list-wide flex flex-wrap">{links}</ul>
        <SearchBox id="header-search" />
      </div>
    </nav>
  );
}
