import Link from 'next/link';
import { pageWindow, type Paginated } from '@/lib/pagination';

/**
 * The numbered pages of a long list: `<link rel="prev|next">` (React places
 * them in the head) and a navigation bar with the current page marked. Its
 * size is bounded (pageWindow), whatever the length of the list.
 */
export function Pagination({ page, href, label }: { page: Paginated<unknown>; href: (n: number) => string; label: string }) {
  if (page.count <= 1) return null;
  return (
    <>
      {page.previous !== undefined && <link rel="prev" href={href(page.previous)} />}
      {page.next !== undefined && <link rel="next" href={href(page.next)} />}
      <nav aria-label={label} className="pagination" data-pagefind-ignore="all">
        <ul>
          {page.previous !== undefined && (
            <li>
              <Link href={href(page.previous)} rel="prev">
                Previous<span className="sr-only"> page</span>
              </Link>
            </li>
          )}
          {pageWindow(page.number, page.count).map((n, i) =>
            n === 'gap' ? (
              <li key={`gap-${i}`} aria-hidden="true">
                …
              </li>
            ) : (
              <li key={n}>
                <Link href={href(n)} aria-current={n === page.number ? 'page' : undefined}>
                  <span className="sr-only">Page </span>
                  {n}
                </Link>
              </li>
            ),
          )}
          {page.next !== undefined && (
            <li>
              <Link href={href(page.next)} rel="next">
                Next<span className="sr-only"> page</span>
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
