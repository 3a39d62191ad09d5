import type { ReactNode } from 'react';

/** A quotation with its source. The attribution is required: the site never quotes without one. */
export function Quote({ attribution, children }: { attribution: string; children: ReactNode }) {
  if (!attribution?.trim()) throw new Error('<Quote> needs an attribution, e.g. <Quote attribution="Bruscia, 1998, p. 214">');
  return (
    <figure className="quote">
      <blockquote>{children}</blockquote>
      <figcaption>— {attribution}</figcaption>
    </figure>
  );
}
