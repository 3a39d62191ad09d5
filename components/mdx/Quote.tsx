import type { ReactNode } from 'react';
import { inTextCitation, workFor } from '@/lib/bibliography';
import { AbbrText } from '../AbbrText';
import { yearLabelOnPage } from '../citationScope';
import { usage } from '@/lib/components/Quote.props';
import { attributesOf } from '@/lib/components/usage';

/** A quotation with its source: a work in the bibliography, or who said it. */
export function Quote(input: { children?: ReactNode }) {
  const { attribution, source, page } = attributesOf('Quote', usage, input);
  const credit = source
    ? inTextCitation(workFor(source, '<Quote source>'), page === undefined ? undefined : String(page), true, yearLabelOnPage(source))
    : (attribution ?? '');
  return (
    <figure className="quote">
      <blockquote>{input.children}</blockquote>
      <figcaption>
        — <cite className="not-italic">{source ? credit : <AbbrText text={credit} />}</cite>
      </figcaption>
    </figure>
  );
}
