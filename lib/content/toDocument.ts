/**
 * One mapper for every document type: it reads the fields the schema table
 * declares (lists left out read as empty, booleans as their default), the
 * slug from the file name and the address from documentRoutes, each once.
 * Nothing else of contentlayer's document reaches the pages.
 */
import { sortedWorks } from '../bibliography';
import { documentRoutes } from '../routes';
import type { GeneratedDocument } from './generated';
import { documentTypes, type DocumentTypeName } from './schema';
import { slugFromPath } from './slug';
import type { DocumentOf, FrontMatterOf, Located, WithBody } from './types';

type Generated = { readonly _raw: { readonly sourceFilePath: string } };

export function locate(type: DocumentTypeName, doc: Generated): Located {
  const slug = slugFromPath(doc._raw.sourceFilePath);
  return { slug, url: documentRoutes[type](slug) };
}

export function frontMatter<N extends DocumentTypeName>(type: N, doc: GeneratedDocument<N>): FrontMatterOf<N> {
  const values = doc as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(documentTypes[type].fields)) {
    const value = values[key];
    if (value !== undefined) fields[key] = value;
    else if (field.kind === 'list' || field.kind === 'references') fields[key] = [];
    else if (field.kind === 'boolean') fields[key] = field.default;
  }
  return fields as FrontMatterOf<N>;
}

function withBody(doc: { readonly body: { readonly code: string }; readonly citationKeys?: unknown }): WithBody {
  return { bodyCode: doc.body.code, citations: sortedWorks((doc.citationKeys ?? []) as string[]) };
}

export function toDocument<N extends DocumentTypeName>(type: N, doc: GeneratedDocument<N>): DocumentOf<N> {
  return { ...locate(type, doc), ...frontMatter(type, doc), ...withBody(doc) } as DocumentOf<N>;
}
