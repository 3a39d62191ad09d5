import { firstConversationInWords } from '@/lib/practice/describe';
import { loadPractice } from '@/lib/practice/load';

/** The first conversation as the practice profile describes it, or what to ask while it does not. */
export function FirstConversation() {
  const words = firstConversationInWords(loadPractice());
  return words ? (
    <p>{words}</p>
  ) : (
    <p data-unpublished="first-conversation">
      Whether the first conversation is free, and how long it lasts, is not published here yet. You can ask about both when you get in touch.
    </p>
  );
}
