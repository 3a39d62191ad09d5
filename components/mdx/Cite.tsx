import { inTextCitation, workFor } from '@/lib/bibliography';
import { yearLabelOnPage } from '../citationScope';
import { usage } from '@/lib/components/Cite.props';
import { attributesOf } from '@/lib/components/usage';

/** `<Cite id="bruscia1998a" page="214" />`: an in-text citation, "(Bruscia, 1998, p. 214)". The page lists the work under References. */
export function Cite(input: object) {
  const { id, page } = attributesOf('Cite', usage, input);
  return (
    <cite className="not-italic">{inTextCitation(workFor(id, '<Cite id>'), page === undefined ? undefined : String(page), false, yearLabelOnPage(id))}</cite>
  );
}
