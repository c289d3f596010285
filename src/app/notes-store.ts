/**
 * Moved: the notes contract is src/store/notes.ts, the localStorage backend
 * src/store/local-notes.ts. This re-export stays only until
 * src/present/export-html.ts imports `Note` from src/store/notes.ts; then
 * delete this file.
 */
export type { Note } from '../store/notes.js';
