import Link from 'next/link';
import { mainNavigation } from '@/lib/routes';

/**
 * The main navigation, without JavaScript: on narrow screens the links sit in
 * a native <details> disclosure; on wide screens the same links show in a row.
 * Only one of the two lists is displayed at a time, so screen readers and
 * the Tab key meet each link once.
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
    <nav aria-label="Main">
      <details className="nav-disclosure md:hidden">
        <summary className="nav-summary">Menu</summary>
        <ul className="nav-list-narrow">{links}</ul>
      </details>
      <ul className="nav-list-wide hidden md:flex">{links}</ul>
    </nav>
  );
}
