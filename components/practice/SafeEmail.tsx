import Link from 'next/link';
import type { ReactNode } from 'react';
import { loadPractice } from '@/lib/practice/load';
import { routes } from '@/lib/routes';

/** A mailto: address for an email address, the one way the site writes it. */
export function mailtoHref(email: string): string {
  return `mailto:${email}`;
}

/**
 * Wraps whatever shows an email link and puts the safe-contact notice beside
 * it: email is not private (PHIPA: say so, and ask for no health details),
 * how soon the practice replies, and that no one watches the inbox for
 * emergencies. Every mailto: link on the site sits inside one of these; a
 * browser test fails for any that does not (tests/e2e/choosing.spec.ts).
 */
export function SafeEmail({ children }: { children: ReactNode }) {
  return (
    <div data-safe-email="">
      {children}
      <EmailNotice />
    </div>
  );
}

function EmailNotice() {
  const replyTime = loadPractice().contact?.replyTime;
  return (
    <p className="email-notice mt-2 text-sm" data-email-notice="">
      Email is not private: please do not write about your health or what you are going through, and keep that for a session.
      {replyTime ? ` We usually reply ${replyTime}.` : ''} No one watches this inbox for emergencies: if you need help now, see{' '}
      <Link href={routes.helpNow}>Help now</Link>.
    </p>
  );
}
