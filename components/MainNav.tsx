import Link from 'next/link';
import { mainNavigation } from '@/lib/routes';
import { SearchBox } from './SearchBox';

/**
 * The main navigation, without JavaScript: on narrow screens the links and
 * a search box sit in a native <details> menu that opens as a panel under
 * the header; on wide screens the links show in a row. Only one of the two
 * is displayed at a time, so screen readers and the Tab key meet each link once.
 */
export function MainNav() {
  const links = mainNavigation.map(({ href, label }) => (
    <li key={href}>
      <Link href={href} className="nav-link" data-nav="">
        {label}
      </Link>
    </li>
  ));
  return (
    <nav aria-label="Main" className="main-nav">
      <details className="nav-menu">
        <summary className="nav-summary">
          <span className="nav-summary-icon" aria-hidden="true" />
          Menu
        </summary>
        <div className="nav-panel">
          <ul className="nav-list-narrow">{links}</ul>
          <SearchBox id="menu-search" />
        </div>
      </details>
      <ul className="nav-list-wide">{links}</ul>
    </nav>
  );
}
