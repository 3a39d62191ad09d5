import type { ReactNode } from 'react';
import { bibliography, inTextCitation } from '@/lib/bibliography';
import { AbbrText } from '../AbbrText';
import { yearLabelOnPage } from '../citationScope';

interface Props {
  /** Who said it, for a source outside the bibliography. */
  attribution?: string;
  /** A bibliography key; the work is then listed under References. */
  source?: string;
  page?: string | number;
  children: ReactNode;
}

/** A quotation with its source. One of `attribution` or `source` is required: the site never quotes without one. */
export function Quote({ attribution, source, page, children }: Props) {
  let credit = attribution?.trim();
  if (source) {
    const work = bibliography[source];
    if (!work) throw new Error(`<Quote source="${source}"> is not in lib/bibliography.ts`);
    credit = inTextCitation(work, page === undefined ? undefined : String(page), true, yearLabelOnPage(source));
  }
  if (!credit) throw new Error('<Quote> needs an attribution or a source, e.g. <Quote source="bruscia1998a" page="214">');
  return (
    <figure className="quote">
      <blockquote>{children}</blockquote>
      <figcaption>
        — <cite className="not-italic">{source ? credit : <AbbrText text={credit} />}</cite>
      </figcaption>
    </figure>
  );
}
