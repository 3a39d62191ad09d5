/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside each text file of the
 * export, so servers send compressed bytes without compressing per request
 * (sirv's `brotli`/`gzip` options, nginx's `gzip_static`). A copy is kept
 * only when it is smaller than the file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/i;

export interface CompressionReport {
  readonly files: number;
  readonly bytes: number;
  readonly brotliBytes: number;
}

export async function precompress(files: readonly string[]): Promise<CompressionReport> {
  let bytes = 0;
  let brotliBytes = 0;
  let count = 0;
  for (const file of files.filter((f) => COMPRESSIBLE.test(f))) {
    const data = await readFile(file);
    const [br, gzipped] = await Promise.all([
      brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      gz(data, { level: 9 }),
    ]);
    if (br.length < data.length) await writeFile(`${file}.br`, br);
    if (gzipped.length < data.length) await writeFile(`${file}.gz`, gzipped);
    count += 1;
    bytes += data.length;
    brotliBytes += Math.min(br.length, data.length);
  }
  return { files: count, bytes, brotliBytes };
}
