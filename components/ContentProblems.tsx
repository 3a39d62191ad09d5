import status from '@/.content-status.json';

/**
 * In a preview (next dev), the content problems found since the last save,
 * at the top of every page. A production build never has any: it stops first.
 */
export function ContentProblems() {
  if (process.env.NODE_ENV === 'production' || status.problems.length === 0) return null;
  return (
    <div role="alert" className="content-problems">
      <p className="font-semibold">
        Preview only: {status.problems.length} content problem{status.problems.length === 1 ? '' : 's'} to fix before publishing
      </p>
      <ul>
        {status.problems.map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
      <p>The page shows the last version without problems. Save the file again after fixing it.</p>
    </div>
  );
}
