/**
 * The layers point one way: app/ uses components/ and lib/, components/ uses
 * lib/, scripts/ use lib/, and lib/ uses none of them (nor tests/). Read from
 * the import specifiers of the source files, so a wrong-way import fails
 * here with the file that makes it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, groupEdges, importsOf, sourceFiles, type Import } from './helpers/imports';

const root = path.resolve(import.meta.dirname, '../..');
const LAYERS = ['app', 'components', 'lib', 'scripts'] as const;
/** What each layer may not import: those above it, and test code. */
const FORBIDDEN: Record<(typeof LAYERS)[number], readonly string[]> = {
  lib: ['app', 'components', 'scripts', 'tests'],
  components: ['app', 'scripts', 'tests'],
  app: ['scripts', 'tests'],
  scripts: ['app', 'tests'],
};

const topFolder = (file: string) => file.split('/')[0]!;
const imports = importsOf(root, sourceFiles(root, LAYERS));
const describeEdge = (edge: Import) => `${edge.from} imports ${edge.to}`;

describe('layers', () => {
  it('reads the imports of the source files', () => {
    // Guards the reader itself: with no imports found, the checks below would pass vacuously.
    expect(imports.some((edge) => edge.from.startsWith('app/') && edge.to.startsWith('lib/'))).toBe(true);
    expect(imports.some((edge) => edge.from.startsWith('components/') && edge.to.startsWith('lib/components/'))).toBe(true);
  });

  it('no top-level folder imports a layer above it', () => {
    const wrong = imports.filter((edge) => FORBIDDEN[topFolder(edge.from) as keyof typeof FORBIDDEN]?.includes(topFolder(edge.to)));
    expect(wrong.map(describeEdge)).toEqual([]);
  });

  it("the MDX components' declarations (lib/components/) import only each other and packages, so both components/ and lib/content can read them", () => {
    const wrong = imports.filter((edge) => edge.from.startsWith('lib/components/') && !edge.to.startsWith('lib/components/'));
    expect(wrong.map(describeEdge)).toEqual([]);
  });

  it('no import cycle between top-level folders', () => {
    const edges = groupEdges(imports, topFolder);
    expect(
      cycles(edges).map((cycle) => cycle.map((from, i) => (i + 1 < cycle.length ? describeEdge(edges.get(from)!.get(cycle[i + 1]!)!) : '')).filter(Boolean)),
    ).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const edge = (from: string, to: string): Import => ({ from: `${from}/x.ts`, to: `${to}/y.ts` });
    const edges = groupEdges([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')], topFolder);
    expect(cycles(edges)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
