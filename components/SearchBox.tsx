/** The header's search box: a plain form that leads to /search/, where the searching happens. */
export function SearchBox() {
  return (
    <form role="search" action="/search/" method="get" className="header-search">
      <label htmlFor="header-search" className="sr-only">
        Search the site
      </label>
      <input id="header-search" name="q" type="search" placeholder="Search" className="search-input search-input-small" />
      <button type="submit" className="search-button">
        Search
      </button>
    </form>
  );
}
