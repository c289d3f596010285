/** pdf.js's worker module, loaded by pdf-read.ts to run pdf.js in the calling thread. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
