/** The first thing keyboard users reach: jumps past the header to the page's content. */
export function SkipLink() {
  return (
    <a href="#main" className="skip-link">
      Skip to main content
    </a>
  );
}
