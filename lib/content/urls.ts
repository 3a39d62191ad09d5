/** Where each kind of document is published: read from the one table in lib/routes.ts. */
import { documentRoutes } from '../routes';
import type { DocumentTypeName } from './schema';

export function documentUrl(type: DocumentTypeName, slug: string): string {
  return documentRoutes[type](slug);
}
