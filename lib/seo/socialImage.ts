/**
 * Where each page's social image lives, and its size. Kept apart from the
 * metadata module so the build script can use it without loading the site
 * configuration.
 */
import { buildOutput } from '../routes';

export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;

/**
 * The site path of a page's social image: '/' -> '/og/home.png',
 * '/blog/x/' -> '/og/blog/x.png'.
 */
export function socialImagePath(pagePath: string): string {
  if (!pagePath.startsWith('/') || /[?#\\]/.test(pagePath)) throw new Error(`socialImagePath: "${pagePath}" is not a page path such as /blog/x/.`);
  const segments = pagePath.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) throw new Error(`socialImagePath: "${pagePath}" may not contain . or .. segments.`);
  return `/${buildOutput.socialImages}/${segments.length === 0 ? 'home' : segments.join('/')}.png`;
}
