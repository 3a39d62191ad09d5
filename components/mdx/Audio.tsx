import { Children, isValidElement, type ReactNode } from 'react';
import { usage } from '@/lib/components/Audio.props';
import { attributesOf } from '@/lib/components/usage';

/** True when a transcript has no words: nothing, or only spaces. */
function isEmpty(node: ReactNode): boolean {
  return Children.toArray(node).every((child) => {
    if (typeof child === 'string') return child.trim() === '';
    if (typeof child === 'number' || typeof child === 'bigint') return false;
    // Paragraphs and other elements count by the words inside them.
    if (isValidElement<{ children?: ReactNode }>(child)) return isEmpty(child.props.children);
    return true;
  });
}

/**
 * `<Audio src="/audio/drum-circle.mp3" title="A drum circle">transcript</Audio>`:
 * a recording with its transcript always shown below it. The recording loads
 * only when played.
 */
export function Audio(input: { children?: ReactNode }) {
  const { src, title } = attributesOf('Audio', usage, input);
  const { children } = input;
  if (isEmpty(children)) {
    throw new Error(`<Audio src="${src}"> needs a transcript: write what can be heard between <Audio …> and </Audio>`);
  }
  return (
    <figure className="my-6">
      <figcaption className="font-semibold">{title}</figcaption>
      <audio controls preload="none" src={src} className="mt-2 w-full">
        <a href={src} download>
          Download the recording “{title}”
        </a>
      </audio>
      <div className="mt-3">
        <p className="font-semibold">Transcript</p>
        {children}
      </div>
    </figure>
  );
}
