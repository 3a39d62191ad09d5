/** One of the processes that draw social images in parallel (see drawMissing in socialImages.ts). */
import { drawIntoCache, type SocialImageInput } from './socialImages';
import { serveShare } from './spreadOverCores';

serveShare(({ input, file }: { input: SocialImageInput; file: string }) => drawIntoCache(input, file));
