import { crpoSources } from '@/lib/practice/crpoSources';
import { offersOnline } from '@/lib/practice/fit';
import { loadPractice } from '@/lib/practice/load';

/**
 * `<OnlineSessions />`: while the profile offers video or phone sessions, for
 * whom they are (CRPO, electronic practice: where the client is during a
 * session decides which rules apply). Nothing while no online format is set.
 */
export function OnlineSessions() {
  const practice = loadPractice();
  if (!offersOnline(practice)) return null;
  const onlineFor = practice.sessions?.onlineFor;
  return (
    <p className="not-prose mt-4" data-online-sessions="">
      {onlineFor ? `Video and phone sessions are for ${onlineFor}.` : 'Ask us whether video or phone sessions are possible where you will be.'} Where you are
      during an online session decides which rules apply: <a href={crpoSources.electronicPractice}>the College’s page on clients outside Ontario</a>.
    </p>
  );
}
