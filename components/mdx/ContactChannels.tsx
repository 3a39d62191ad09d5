import { registerName } from '@/components/Registrations';
import { regulators } from '@/lib/regulators';
import { telHref } from '@/lib/practice/describe';
import { loadPractice } from '@/lib/practice/load';
import { mailtoHref, SafeEmail } from '../practice/SafeEmail';

/** The card's id, for links to the practice's channels (components/practice/Concerns.tsx). */
export const CONTACT_CHANNELS_ID = 'how-to-reach-us';

/**
 * The practice's contact channels from the practice profile, with which to
 * use for what and how soon we reply. While none is published, says so and
 * what to do instead.
 */
export function ContactChannels() {
  const { phone, email, bookingUrl, howToChoose, replyTime } = loadPractice().contact ?? {};
  if (!phone && !email && !bookingUrl) {
    const college = regulators.CRPO;
    return (
      <div className="card not-prose" data-unpublished="contact">
        <p>Our contact details are not published on this website yet.</p>
        <p className="mt-2">
          Until they are, you can look up our therapists by name on <a href={college.register.url}>{registerName(college)}</a>, which shows the practice details
          each registrant gives the College.
        </p>
      </div>
    );
  }
  const channels = (
    <>
      <ul className="contact-channels grid gap-2">
        {bookingUrl && (
          <li>
            <a href={bookingUrl} className="button">
              Book online
            </a>
          </li>
        )}
        {phone && (
          <li>
            Phone: <a href={telHref(phone)}>{phone}</a>
          </li>
        )}
        {email && (
          <li>
            Email: <a href={mailtoHref(email)}>{email}</a>
          </li>
        )}
      </ul>
      {howToChoose && <p className="mt-3">{howToChoose}</p>}
      {/* With an email address, the email notice below says the reply time and that no one watches for emergencies. */}
      {replyTime && !email && <p className="mt-3">We aim to reply {replyTime}. This is not an emergency line.</p>}
    </>
  );
  // Beside an email address, the safe-contact notice (components/practice/SafeEmail.tsx).
  return (
    <div className="card not-prose" id={CONTACT_CHANNELS_ID}>
      {email ? <SafeEmail>{channels}</SafeEmail> : channels}
    </div>
  );
}
