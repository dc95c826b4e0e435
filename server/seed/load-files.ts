/**
 * Reads the reference CSV files that the project carries (server/seed/data/, see DATA_SOURCES.md) — the
 * only I/O of the demo data; buildDemoData itself is pure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDemoData, type DemoData, type DemoFiles } from './demo-data.ts';

/** The folder holding airports.csv, residents.csv, aircraft.csv, ports.csv and ships.csv. */
export const DEMO_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** The text of the three reference CSV files, read from `dir` (default server/seed/data). */
export function loadDemoFiles(dir: string = DEMO_DATA_DIR): DemoFiles {
  const read = (name: string) => readFileSync(new URL(name, `file://${dir.endsWith('/') ? dir : `${dir}/`}`), 'utf8');
  return {
    airportsCsv: read('airports.csv'), residentsCsv: read('residents.csv'), aircraftCsv: read('aircraft.csv'),
    portsCsv: read('ports.csv'), shipsCsv: read('ships.csv'),
  };
}

/** Reads the reference files and builds the demo data. */
export function loadDemoData(dir?: string): DemoData {
  return buildDemoData(loadDemoFiles(dir));
}
