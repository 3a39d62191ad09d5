/**
 * contentlayer2 configuration, derived from the schema table in
 * lib/content/schema.ts. The content checker runs first and explains
 * problems; the flags below are the safety net that makes contentlayer itself
 * fail, instead of quietly building without a broken document.
 */
import { contentDirExcludeDefault, defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import { BIBLIOGRAPHY_FILE } from './lib/content/bibliographyFile';
import { citedKeysOfBody } from './lib/content/citations';
import { contentDir } from './lib/content/location';
import { mdxPlugins } from './lib/content/mdxPipeline';
import { glossaryAbbreviations } from './lib/content/readFolder';
import { PRACTICE_FILE } from './lib/practice/schema';
import { documentTypeNames, documentTypes, type FieldSpec } from './lib/content/schema';

type FieldDef = Extract<FieldDefs, Record<string, unknown>>[string];

function fieldDef(field: FieldSpec): FieldDef {
  switch (field.kind) {
    case 'string':
    case 'reference':
      return { type: 'string', required: field.required, description: field.description };
    case 'date':
      return { type: 'date', required: field.required, description: field.description };
    case 'boolean':
      return { type: 'boolean', required: false, default: field.default, description: field.description };
    case 'number':
      return { type: 'number', required: field.required, description: field.description };
    case 'list':
    case 'references':
      return { type: 'list', of: { type: 'string' }, required: field.required, description: field.description };
  }
}

const types = documentTypeNames.map((name) => {
  const spec = documentTypes[name];
  return defineDocumentType(() => ({
    name,
    filePathPattern: `${spec.folder}/**/*.mdx`,
    contentType: 'mdx',
    fields: Object.fromEntries(Object.entries(spec.fields).map(([key, field]) => [key, fieldDef(field)])),
    computedFields: {
      // Read from the body's syntax tree (the content check's own reading, kept for this), so pages list exactly the works cited.
      citationKeys: {
        type: 'json',
        description: 'the bibliography keys the body cites, in order of first use',
        resolve: (doc) => citedKeysOfBody(doc.body.raw),
      },
    },
  }));
});

export default makeSource({
  contentDirPath: contentDir(),
  documentTypes: types,
  // The bibliography and the practice profile are data that lib/bibliography.ts and lib/practice read, not documents.
  contentDirExclude: [...contentDirExcludeDefault, BIBLIOGRAPHY_FILE, PRACTICE_FILE],
  mdx: { ...mdxPlugins(glossaryAbbreviations(contentDir())) },
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
});
