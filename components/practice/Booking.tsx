import { loadPractice } from '@/lib/practice/load';
import { telHref } from '@/lib/practice/describe';
import { mailtoHref, SafeEmail } from './SafeEmail';

/**
 * A team member's booking link, as a plain link that names the site it goes
 * to: no script, frame or request to the booking site from any page. The
 * practice's phone and email stay beside it. Nothing without a link.
 */
export function Booking({ slug, name }: { slug: string; name: string }) {
  const { team, contact = {} } = loadPractice();
  const url = team?.[slug]?.bookingUrl;
  if (!url) return null;
  const host = new URL(url).host;
  const others = (
    <p className="mt-2">
      {contact.phone && (
        <>
          You can also call <a href={telHref(contact.phone)}>{contact.phone}</a>
          {contact.email ? ' or email ' : '.'}
        </>
      )}
      {contact.email && (
        <>
          {contact.phone ? '' : 'You can also email '}
          <a href={mailtoHref(contact.email)}>{contact.email}</a>.
        </>
      )}
    </p>
  );
  return (
    <section aria-labelledby="booking" className="mt-8" data-booking="">
      <h2 id="booking" className="text-xl font-semibold">
        Booking with {name}
      </h2>
      <p className="mt-2">
        <a href={url} rel="external">
          Book with {name} on {host}
        </a>{' '}
        (the practice’s booking system, a separate website).
      </p>
      {contact.email ? <SafeEmail>{others}</SafeEmail> : contact.phone ? others : null}
    </section>
  );
}
