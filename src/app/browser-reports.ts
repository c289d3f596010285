/**
 * The explanation reports of a law as the viewer uses them: the collection's
 * own (listed in `law.json`, read from the collection like its versions, so
 * the service worker keeps them for offline use) and those the reader added
 * (IndexedDB, src/store/reports.ts), with the reader's corrections of either.
 * A correction of a collection report is kept as a stored copy of it
 * (origin `collection`). Other tabs hear of every change (BroadcastChannel).
 */
import { fetchReader, type FetchReader } from './fetch-reader.js';
import { openBrowserLibrary } from './library-reader.js';
import { loadReport } from '../model/collection.js';
import { say } from '../model/problems.js';
import type { Law } from '../model/types.js';
import { problemText, strings } from '../present/strings.js';
import { reportKey, type ReportCorrection, type StoredReport } from '../store/db.js';
import { correctReport, deleteReport, listReports, putReport } from '../store/reports.js';
import type { AttachedReport } from '../present/report-model.js';
import '../model/messages/json.js'; // the json group's sentences (registers them: src/model/messages/registry.ts)

/** What the reader gives to add a report. */
export interface NewReport {
  title: string;
  source: string;
  old: string;
  new: string;
  text: string;
}

/** The reports of a law, and what could not be read (one line each, for the panel, in the interface's language where it can be). */
export interface LawReportList {
  reports: AttachedReport[];
  problems: string[];
}

const CHANNEL = 'lawdiff-reports';
const listeners = new Set<(folder: string) => void>();
let channel: BroadcastChannel | undefined;

function announce(folder: string): void {
  for (const l of [...listeners]) l(folder);
  try {
    (channel ??= new BroadcastChannel(CHANNEL)).postMessage(folder);
  } catch {
    // no BroadcastChannel: this tab still heard it
  }
}

/** Calls `listener` with the folder whose reports changed (here or in another tab); returns the unsubscribe function. */
export function onReportsChanged(listener: (folder: string) => void): () => void {
  listeners.add(listener);
  let own: BroadcastChannel | undefined;
  try {
    own = new BroadcastChannel(CHANNEL);
    own.onmessage = (e: MessageEvent<unknown>) => {
      if (typeof e.data === 'string') listener(e.data);
    };
  } catch {
    own = undefined;
  }
  return () => {
    listeners.delete(listener);
    own?.close();
  };
}

let reader: FetchReader | undefined;
const collectionReader = (): FetchReader => (reader ??= fetchReader(new URL('collection/', document.baseURI)));

function attached(r: StoredReport): AttachedReport {
  return { id: r.reportId, title: r.title, source: r.source, old: r.old, new: r.new, text: r.text, origin: r.origin, corrections: r.corrections };
}

/** Every report of the law in `folder`: the collection's (with the reader's corrections) and the reader's own. */
export async function listLawReports(folder: string, law: Law | undefined): Promise<LawReportList> {
  const problems: string[] = [];
  const db = await openBrowserLibrary();
  let stored: StoredReport[] = [];
  if (db.ok) {
    const r = await listReports(db.value, folder);
    if (r.ok) {
      stored = r.value.reports;
      for (const u of r.value.unreadable) problems.push(problemText(say('record.storedReportUnreadable', { why: problemText(u.why) })));
    } else problems.push(strings.reports.storedUnreadable);
  }
  const byId = new Map(stored.map((s) => [s.reportId, s]));
  const out: AttachedReport[] = [];
  for (const info of law?.reports ?? []) {
    const own = byId.get(info.id);
    byId.delete(info.id);
    const read = await loadReport(collectionReader(), folder, info);
    const text = read.text ?? own?.text;
    if (text === undefined) {
      problems.push(...read.problems.map(problemText));
      continue;
    }
    out.push({ id: info.id, title: info.title, source: info.source ?? info.file, date: info.date, old: info.old, new: info.new, text, origin: 'collection', corrections: own?.corrections ?? [] });
  }
  for (const s of byId.values()) out.push(attached(s));
  return { reports: out, problems };
}

/** Adds a report the reader read, pasted or fetched; resolves with its id, or why it could not be kept. */
export async function addLawReport(folder: string, report: NewReport, now: Date = new Date()): Promise<{ ok: true; id: string } | { ok: false; problem: string }> {
  const db = await openBrowserLibrary();
  if (!db.ok) return { ok: false, problem: db.problem };
  const id = `r-${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const r = await putReport(db.value, { id: reportKey(folder, id), folder, reportId: id, ...report, origin: 'imported', corrections: [], savedAt: now.toISOString() });
  if (!r.ok) return { ok: false, problem: r.problem };
  announce(folder);
  return { ok: true, id };
}

/** Keeps the reader's correction of a paragraph's links (undefined: back to what the text says). */
export async function correctLawReport(folder: string, report: AttachedReport, paragraph: number, links: ReportCorrection['links'] | undefined, now: Date = new Date()): Promise<{ ok: true } | { ok: false; problem: string }> {
  const db = await openBrowserLibrary();
  if (!db.ok) return { ok: false, problem: db.problem };
  const key = reportKey(folder, report.id);
  let r = await correctReport(db.value, key, paragraph, links, now);
  if (!r.ok && r.problem === 'not-found' && report.origin === 'collection') {
    // A collection report's first correction: keep a copy of it with the correction.
    const corrections = links === undefined ? [] : [{ paragraph, links }];
    r = await putReport(db.value, {
      id: key, folder, reportId: report.id, title: report.title, source: report.source, old: report.old, new: report.new, text: report.text,
      origin: 'collection', corrections, savedAt: now.toISOString(),
    });
  }
  if (!r.ok) return { ok: false, problem: r.problem };
  announce(folder);
  return { ok: true };
}

/** Removes a report the reader added (a collection's own cannot be removed; its corrections can be undone one by one). */
export async function removeLawReport(folder: string, reportId: string): Promise<{ ok: true } | { ok: false; problem: string }> {
  const db = await openBrowserLibrary();
  if (!db.ok) return { ok: false, problem: db.problem };
  const r = await deleteReport(db.value, reportKey(folder, reportId));
  if (!r.ok) return { ok: false, problem: r.problem };
  announce(folder);
  return { ok: true };
}
