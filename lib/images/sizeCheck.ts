/**
 * check:content's rule for image sizes, hooked into the image check of
 * lib/content/checks/images.ts (and the profile's photos): an image too small to look sharp, or a camera
 * original too large to publish, is refused with the fix.
 */
import { imageSizeProblem, RASTER_IMAGE } from './plan';
import { readImageFacts } from './read';

/** Only images that exist are measured; a missing one is reported by the existence check. */
export function checkImageSize(src: string, publicFiles: ReadonlySet<string>, publicDir?: string): { message: string; fix: string } | undefined {
  if (!RASTER_IMAGE.test(src) || !publicFiles.has(src)) return undefined;
  const facts = readImageFacts(src, publicDir);
  return facts && imageSizeProblem(src, facts);
}
