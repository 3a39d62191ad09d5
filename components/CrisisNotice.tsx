import Link from 'next/link';
import { routes } from '@/lib/routes';

function CrisisText() {
  return (
    <p>
      This website is not an emergency service. If you are in crisis in Canada, you can <a href="tel:988">call</a> or{' '}
      <a href="sms:988">text 9-8-8</a> (Suicide Crisis Helpline) at any time, day or night. In an emergency,{' '}
      <a href="tel:911">call 9-1-1</a> or go to your nearest emergency department.
    </p>
  );
}

/** The footer's notice on every page: the site is not an emergency service, and where to turn in Canada. */
export function CrisisNotice() {
  return (
    <aside aria-labelledby="crisis-heading" className="crisis-notice">
      <h2 id="crisis-heading" className="text-base font-semibold">
        Need help now?
      </h2>
      <CrisisText />
      <p className="mt-1">
        <Link href={routes.helpNow}>More on getting help now</Link>
      </p>
    </aside>
  );
}

/** The same notice inside a page's text (`<CrisisNotice />` in MDX), without a heading of its own. */
export function CrisisCallout() {
  return (
    <div className="crisis-notice not-prose my-6" role="note" aria-label="If you are in crisis">
      <p className="font-semibold">If you are in crisis</p>
      <CrisisText />
    </div>
  );
}
