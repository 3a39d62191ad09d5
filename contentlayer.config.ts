/**
 * contentlayer2 configuration, derived from the schema table in
 * lib/content/schema.ts. The content checker runs first and explains
 * problems; the flags below are the safety net that makes contentlayer itself
 * fail, instead of quietly building without a broken document.
 */
import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';

type FieldDef = Extract<FieldDefs, Record<string, unknown>>[string];
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { contentDir } from './lib/content/location';
import { glossaryAbbreviations } from './lib/content/readFolder';
import { remarkAbbreviations } from './lib/content/remarkAbbreviations';
import { documentTypeNames, documentTypes, type FieldSpec } from './lib/content/schema';

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
  }));
});

export default makeSource({
  contentDirPath: contentDir(),
  // The practice profile is read by lib/practice, not compiled as a document.
  contentDirExclude: ['practice.yaml'],
  documentTypes: types,
  mdx: {
    remarkPlugins: [remarkGfm, [remarkAbbreviations, { abbreviations: glossaryAbbreviations(contentDir()) }]],
    rehypePlugins: [rehypeSlug],
  },
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
});
