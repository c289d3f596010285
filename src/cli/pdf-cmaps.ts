/**
 * pdf.js's character maps from the installed pdfjs-dist, for PDFs whose fonts name a predefined
 * Chinese, Japanese or Korean encoding (`UniGB-UCS2-H`, …) instead of embedding their own map.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The options that give `importFile` the character maps. */
export const nodeCMaps = {
  cMap: async (name: string): Promise<Uint8Array> => {
    if (!/^[\w-]+$/u.test(name)) throw new Error(`no character map is called ${name}`);
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    return new Uint8Array(await readFile(join(root, 'cmaps', `${name}.bcmap`)));
  },
};
