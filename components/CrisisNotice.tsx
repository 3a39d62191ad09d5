import Link from 'next/link';
import { routes } from '@/lib/routes';

/** The footer's notice on every page: the site is not an emergency service, and where to turn in Canada. */
export function CrisisNotice() {
  return (
    <aside aria-labelledby="crisis-heading" className="crisis-notice">
      <h2 id="crisis-heading">Need help now?</h2>
      <p>
        This website is not an emergency service. If you are in crisis in Canada, you can <a href="tel:988">call 9-8-8</a> or <a href="sms:988">text 9-8-8</a>{' '}
        (Suicide Crisis Helpline) at any time, day or night. In an emergency, <a href="tel:911">call 9-1-1</a> or go to your nearest emergency department.
      </p>
      <p className="mt-1">
        <Link href={routes.helpNow}>More ways to get help now</Link>
      </p>
    </aside>
  );
}

/**
 * `<CrisisNotice />` in MDX: the same message as a panel of big buttons,
 * for someone in crisis on a phone. Where a page shows it, the footer's
 * notice is hidden (app/globals.css), so the page says it once.
 */
export function CrisisCallout() {
  return (
    <section className="crisis-panel not-prose" aria-labelledby="crisis-panel-title">
      <p id="crisis-panel-title" className="crisis-panel-title">
        If you are in crisis
      </p>
      <p className="mt-2">
        This website is not an emergency service. In Canada, the Suicide Crisis Helpline answers calls and texts at <span className="nowrap">9-8-8</span>, any
        time, day or night. If you or someone else is in danger right now, call <span className="nowrap">9-1-1</span> or go to your nearest emergency
        department.
      </p>
      <div className="crisis-actions">
        <a href="tel:988" className="call-button">
          Call 9-8-8
        </a>
        <a href="sms:988" className="call-button">
          Text 9-8-8
        </a>
        <a href="tel:911" className="call-button call-button-emergency">
          Call 9-1-1
        </a>
      </div>
    </section>
  );
}
