import { Children, isValidElement, type ReactNode } from 'react';

interface Props {
  /** Path of the recording under public/, e.g. `/audio/drum-circle.mp3`. */
  src: string;
  /** What the recording is, shown above the player. */
  title: string;
  /** The transcript: what can be heard, for anyone who cannot or would rather not listen. */
  children?: ReactNode;
}

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
export function Audio({ src, title, children }: Props) {
  if (typeof src !== 'string' || !src.startsWith('/')) {
    throw new Error(`<Audio src="${String(src)}"> must be a path under public/ that starts with /, e.g. /audio/drum-circle.mp3`);
  }
  if (typeof title !== 'string' || title.trim() === '') {
    throw new Error(`<Audio src="${src}"> needs title="…" saying what the recording is`);
  }
  if (isEmpty(children)) {
    throw new Error(`<Audio src="${src}"> needs a transcript: write what can be heard between <Audio …> and </Audio>`);
  }
  return (
    <figure className="my-6">
      <figcaption className="font-semibold">{title.trim()}</figcaption>
      <audio controls preload="none" src={src} className="mt-2 w-full">
        <a href={src} download>
          Download the recording “{title.trim()}”
        </a>
      </audio>
      <div className="mt-3">
        <p className="font-semibold">Transcript</p>
        {children}
      </div>
    </figure>
  );
}
