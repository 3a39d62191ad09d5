import { telHref } from '@/lib/practice/describe';
import { loadPractice } from '@/lib/practice/load';
import { mailtoHref, SafeEmail } from '../practice/SafeEmail';

/** The privacy contact person from the practice profile (PHIPA), or what to do while none is named. */
export function PrivacyContact() {
  const { name, role, email, phone } = loadPractice().privacy ?? {};
  if (!name) {
    return (
      <p data-unpublished="privacy">
        The name of our privacy contact is not published on this website yet. Until it is, you can ask the therapist you work with: each of our therapists
        answers questions about the information they hold about you.
      </p>
    );
  }
  const contact = (
    <p>
      Our privacy contact is {name}
      {role ? `, ${role}` : ''}.{' '}
      {email || phone ? (
        <>
          You can reach them{' '}
          {email && (
            <>
              by email at <a href={mailtoHref(email)}>{email}</a>
            </>
          )}
          {email && phone ? ' or ' : ''}
          {phone && (
            <>
              by phone at <a href={telHref(phone)}>{phone}</a>
            </>
          )}
          . Please do not put health details in an email.
        </>
      ) : (
        <>You can ask for them through any of our contact channels.</>
      )}
    </p>
  );
  // Beside an email address, the safe-contact notice (components/practice/SafeEmail.tsx).
  return email ? <SafeEmail>{contact}</SafeEmail> : contact;
}
