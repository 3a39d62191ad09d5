import { routes } from '@/lib/routes';

/** A search box: a plain form that leads to the search page, where the searching happens. `label` names it among the page's landmarks. */
export function SearchBox({ id, label = 'Site search' }: { id: string; label?: string }) {
  return (
    <form role="search" aria-label={label} action={routes.search} method="get" className="header-search">
      <label htmlFor={id} className="sr-only">
        Search the site
      </label>
      <input id={id} name="q" type="search" placeholder="Search" className="search-input search-input-small" />
      <button type="submit" className="search-button">
        Search
      </button>
    </form>
  );
}
