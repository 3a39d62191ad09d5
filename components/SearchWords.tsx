/**
 * A page's extra search words (front matter `searchWords`), for the search
 * index only: inside <main>, which Pagefind indexes, but hidden from the
 * screen and from screen readers, since they are not part of the page's text.
 * They are also the page's `searchWords` metadata, so the search page can
 * tell a match in them from one in the text and show no excerpt of them.
 */
export function SearchWords({ words }: { words: readonly string[] }) {
  if (words.length === 0) return null;
  return (
    <p hidden data-search-words="" data-pagefind-meta="searchWords">
      {words.join(', ')}
    </p>
  );
}
