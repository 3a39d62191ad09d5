/**
 * One of the processes that draw social images in parallel (see
 * drawMissing in socialImages.ts): reads a list of images to draw from
 * stdin and draws each into its cache file.
 */
import { drawIntoCache, type SocialImageInput } from './socialImages';

let text = '';
for await (const chunk of process.stdin) text += String(chunk);
const jobs = JSON.parse(text) as { input: SocialImageInput; file: string }[];
for (const { input, file } of jobs) await drawIntoCache(input, file);
