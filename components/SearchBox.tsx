/** A search box: a plain form that leads to /search/, where the searching happens. */
export function SearchBox({ id }: { id: string }) {
  return (
    <form role="search" action="/search/" method="get" className="header-search">
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
