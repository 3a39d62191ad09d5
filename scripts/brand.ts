/**
 * `npm run brand`: writes the site icons from the one drawing of the mark
 * (lib/brand/mark.ts): public/icon.svg, a 180 px apple-touch-icon.png and
 * a favicon.ico (one 32 px PNG in an ICO container, which browsers ask for
 * at /favicon.ico whatever the page says). tests/unit/brand.test.ts checks
 * that icon.svg is the current drawing.
 */
import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { icoFromPng } from '../lib/brand/ico';
import { markSvg } from '../lib/brand/mark';
import { site } from '../lib/site';

const svg = markSvg({ title: site.name });
await writeFile('public/icon.svg', `${svg}\n`);
const png = (size: number, padding = 0) =>
  sharp(Buffer.from(svg), { density: 72 * 8 })
    .resize(size - 2 * padding, size - 2 * padding)
    .extend({ top: padding, bottom: padding, left: padding, right: padding, background: '#fbf8f3' })
    .png({ compressionLevel: 9 })
    .toBuffer();
await writeFile('public/apple-touch-icon.png', await png(180, 14));
await writeFile('public/favicon.ico', icoFromPng(await png(32), 32));
console.log('Wrote public/icon.svg, public/apple-touch-icon.png and public/favicon.ico.');
