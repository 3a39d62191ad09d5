import Link from 'next/link';
import { routes } from '@/lib/routes';
import { hasContactChannel, site } from '@/lib/site';

/**
 * The practice's contact channels from the site configuration. None is set
 * until the practice provides them, and the page must still read well.
 */
export function ContactChannels() {
  const { email, phone, bookingUrl } = site.contact;
  if (!hasContactChannel(site.contact)) {
    return (
      <p className="card">
        Our contact details are not listed on this website yet. In the meantime, you can find our therapists by name
        on the public register of the College of Registered Psychotherapists of Ontario, which lists everyone
        registered with the College. Our <Link href={routes.team}>team page</Link> has their names.
      </p>
    );
  }
  return (
    <ul className="card contact-channels">
      {email && (
        <li>
          Email: <a href={`mailto:${email}`}>{email}</a>
        </li>
      )}
      {phone && (
        <li>
          Phone: <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
        </li>
      )}
      {bookingUrl && (
        <li>
          <a href={bookingUrl}>Book a first conversation online</a>
        </li>
      )}
    </ul>
  );
}
