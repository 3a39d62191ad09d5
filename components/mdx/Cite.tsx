import { bibliography, inTextCitation } from '@/lib/bibliography';
import { yearLabelOnPage } from '../citationScope';

/** `<Cite id="bruscia1998a" page="214" />`: an in-text citation, "(Bruscia, 1998, p. 214)". The page lists the work under References. */
export function Cite({ id, page }: { id: string; page?: string | number }) {
  const work = bibliography[id];
  if (!work) throw new Error(`<Cite id="${id}"> is not in lib/bibliography.ts`);
  return <cite className="not-italic">{inTextCitation(work, page === undefined ? undefined : String(page), false, yearLabelOnPage(id))}</cite>;
}
