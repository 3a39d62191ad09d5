import { firstConversationInWords } from '@/lib/practice/describe';
import { loadPractice } from '@/lib/practice/load';

/**
 * The first conversation as the practice profile describes it. While it is
 * unset, the step says what to ask, without announcing a gap: the page's
 * contact details are the one thing it says is not published.
 */
export function FirstConversation() {
  const words = firstConversationInWords(loadPractice());
  return words ? <p>{words}</p> : <p>When you get in touch, you can ask whether the first conversation is free, how long it lasts and how it takes place.</p>;
}
