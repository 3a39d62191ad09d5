import Link from 'next/link';
import { primaryAction, routes } from '@/lib/routes';

/** The calm way forward at the end of every content page. Crisis help is the footer's, so the page says it once. */
export function NextStep() {
  return (
    <aside aria-labelledby="next-step-heading" className="next-step card mt-12" data-next-step>
      <h2 id="next-step-heading" className="text-xl font-semibold">
        Your next step
      </h2>
      <p className="mt-2">If you would like to try music psychotherapy, you can start whenever you feel ready. We explain what happens when you reach out.</p>
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href={primaryAction.href} className="button">
          {primaryAction.label}
        </Link>
        <Link href={routes.faq} className="button-secondary">
          Read common questions
        </Link>
      </p>
    </aside>
  );
}
