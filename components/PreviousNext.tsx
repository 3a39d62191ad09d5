import Link from 'next/link';

interface Target {
  readonly title: string;
  readonly url: string;
}

/** Links to the previous and next item of a series. */
export function PreviousNext({ label, previous, next }: { label: string; previous?: Target; next?: Target }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="previous-next" data-pagefind-ignore="all">
      {previous && (
        <Link href={previous.url} rel="prev">
          <span className="meta">Previous</span> {previous.title}
        </Link>
      )}
      {next && (
        <Link href={next.url} rel="next" className="text-right sm:col-start-2">
          <span className="meta">Next</span> {next.title}
        </Link>
      )}
    </nav>
  );
}
