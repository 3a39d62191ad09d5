/** The slice of the CMS's configuration this site writes (Sveltia CMS, Decap-compatible). */
export interface EditorField {
  readonly name: string;
  readonly label: string;
  readonly widget: string;
  readonly required?: boolean;
  readonly hint?: string;
  readonly [option: string]: unknown;
}
