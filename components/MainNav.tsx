import Link from 'next/link';
import { getPeople } from '@/lib/content';
import { navigationFor } from '@/lib/navigation';
import { primaryAction, type NavItem } from '@/lib/routes';
import { SearchBox } from './SearchBox';

/** A navigation link the build marks as current (lib/build/currentPage.ts); an item with sub-pages is also current on them. */
function NavLink({ item, className }: { item: NavItem; className: string }) {
  const within = item.children?.map((child) => child.href).filter((href) => href !== item.href);
  return (
    <Link href={item.href} className={className} data-nav="" data-nav-within={within?.length ? within.join(' ') : undefined}>
      {item.label}
    </Link>
  );
}

/**
 * The main navigation, without JavaScript: on narrow screens the links,
 * their sub-pages and a search box sit in a native <details> menu that
 * opens as a panel under the header; on wide screens the top links show in
 * a row, and a section's sub-pages show on its pages (SectionNav). Only one
 * of the two is displayed at a time, so screen readers and the Tab key meet
 * each link once. Getting started is the one button.
 */
export function MainNav() {
  const items = navigationFor(getPeople());
  const action = (
    <Link href={primaryAction.href} className="button nav-action" data-nav="">
      {primaryAction.label}
    </Link>
  );
  return (
    <nav aria-label="Main" className="main-nav">
      <details className="nav-menu">
        <summary className="nav-summary">
          <span className="nav-summary-icon" aria-hidden="true" />
          Menu
        </summary>
        <div className="nav-panel">
          <ul className="nav-list-narrow">
            {items.map((item) => (
              <li key={item.href}>
                <NavLink item={item} className="nav-link" />
                {item.children && (
                  <ul className="nav-sublist">
                    {item.children
                      .filter((child) => child.href !== item.href)
                      .map((child) => (
                        <li key={child.href}>
                          <NavLink item={child} className="nav-link nav-sublink" />
                        </li>
                      ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <p className="nav-panel-action">{action}</p>
          <SearchBox id="menu-search" />
        </div>
      </details>
      <ul className="nav-list-wide">
        {items.map((item) => (
          <li key={item.href}>
            <NavLink item={item} className="nav-link" />
          </li>
        ))}
        <li className="nav-action-item">{action}</li>
      </ul>
    </nav>
  );
}
