/**
 * Shown on every page: the site is not an emergency service, and where to
 * turn in Canada. Numbers from the content brief's public facts.
 */
export function CrisisNotice() {
  return (
    <aside aria-labelledby="crisis-heading" className="crisis-notice">
      <h2 id="crisis-heading" className="text-base font-semibold">
        Need help now?
      </h2>
      <p>
        This website is not an emergency service. If you are in crisis in Canada, you can{' '}
        <a href="tel:988">call</a> or <a href="sms:988">text 9-8-8</a> (Suicide Crisis Helpline) at any time, day or
        night. In an emergency, <a href="tel:911">call 9-1-1</a> or go to your nearest emergency department.
      </p>
    </aside>
  );
}
