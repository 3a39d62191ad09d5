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
        Our contact details are not on this website yet. Our therapists are registered with the College of Registered
        Psychotherapists of Ontario, which keeps a public register where you can look them up by name. Their names are
        on our <Link href={routes.team}>team page</Link>.
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
          <a href={bookingUrl}>Book online</a>
        </li>
      )}
    </ul>
  );
}
