// What the tests of saved data share about the files a build really wrote
// (tests/fixtures/v5/, v6/…, captured by scripts/capture-fixtures.ts): reading the dumps,
// taking the records out of their envelopes, loading them as the store does, and
// walking their fields.
import { readdirSync, readFileSync } from 'node:fs';
import { readLayout, type LoadOutcome } from '../../src/lib/workspace/read-layout';
import {
  META_KEY,
  RECORD_PREFIX,
  type Envelope,
  type MetaData,
} from '../../src/lib/workspace/record-sync';
import { SharedStorage } from './storage-harness';

/** One capture: which build wrote it, the scenario, and every `fuk-` key as stored. */
export interface Dump {
  capturedWith: string;
  build: string;
  scenario: string;
  localStorage: Record<string, string>;
}
/** Stored JSON, read without a schema. */
export type Json = Record<string, any>;

/** Every dump in tests/fixtures/<folder>/ (the downloaded backup aside), by file name. */
export function readDumps(folder: string): (readonly [string, Dump])[] {
  const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'backup-download.json')
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Dump] as const);
}

/** A file of tests/fixtures/, as text (a downloaded backup, byte for byte). */
export const fixtureText = (path: string) =>
  readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

/** The shared key and the applications a dump holds, in the shared key's order, as stored. */
export function storedRecords(ls: Record<string, string>) {
  const meta = (JSON.parse(ls[META_KEY]!) as Envelope<MetaData>).data;
  const applications = meta.order.map(
    (id) => (JSON.parse(ls[`${RECORD_PREFIX}${id}`]!) as Envelope<Json>).data,
  );
  return { meta, applications };
}

/** What the store reads from these keys; throws unless it reads them. */
export function loadStored(ls: Record<string, string>): Extract<LoadOutcome, { kind: 'ok' }> {
  const outcome = readLayout(new SharedStorage(ls).reader());
  if (outcome.kind !== 'ok') throw new Error(outcome.kind);
  return outcome;
}

/** Every leaf (text, number, true/false, null) of JSON data, with its path. */
export function leaves(
  value: unknown,
  path: (string | number)[] = [],
): [(string | number)[], unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

/** The value at a path of JSON data. */
export const at = (data: unknown, path: (string | number)[]) =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);

/** The rule a build of `version` applies before reading: a shared key or record of a later version is refused. */
export function refusedBy(version: number, ls: Record<string, string>): boolean {
  const meta = JSON.parse(ls[META_KEY] ?? 'null') as Envelope<MetaData> | null;
  if (meta && meta.data.version > version) return true;
  return Object.entries(ls).some(
    ([k, v]) => k.startsWith(RECORD_PREFIX) && ((JSON.parse(v) as { v?: number }).v ?? 4) > version,
  );
}
