/**
 * The editor's screens for the staff guide (docs/publishing.md, "Publish
 * from your browser"): taken like `npm run shots` takes them, at a laptop's
 * and a phone's width, then made small enough to keep in git (a palette of
 * colours, the laptop ones at 960 px wide), into docs/images/.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

export const GUIDE_IMAGES = 'docs/images';
const WIDTHS = [375, 1280] as const;
const GUIDE_WIDTH = 960;

/** `take` writes the editor's screens into a folder at the given widths; returns the files written into docs/images/. */
export async function guideShots(take: (into: string, widths: readonly number[]) => Promise<number>): Promise<string[]> {
  const into = await mkdtemp(path.join(tmpdir(), 'guide-shots-'));
  try {
    await take(into, WIDTHS);
    const written: string[] = [];
    for (const name of (await readdir(into)).filter((f) => f.endsWith('.png')).sort()) {
      const image = sharp(path.join(into, name));
      const { width = 0 } = await image.metadata();
      await (width > GUIDE_WIDTH ? image.resize({ width: GUIDE_WIDTH }) : image)
        .png({ palette: true, colours: 64, compressionLevel: 9 })
        .toFile(path.join(GUIDE_IMAGES, name));
      written.push(name);
    }
    return written;
  } finally {
    await rm(into, { recursive: true, force: true });
  }
}
