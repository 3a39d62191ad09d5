/** The editor's local-repository session helpers live with the scripts that also use them (npm run shots). */
export * from '../../scripts/lib/editorSession';
