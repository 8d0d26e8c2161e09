/**
 * CSV through csv-stringify, with a fixed column order given by the caller.
 * Numbers are written with JavaScript's shortest round-trip form, so the same
 * values always give the same bytes.
 */
import { stringify } from "csv-stringify/sync";
import { AtomicFileWriter, writeFileAtomic } from "./atomic.js";

export type CsvValue = string | number | boolean | null | undefined;

const options = {
  cast: {
    number: (v: number) => (Number.isFinite(v) ? String(v) : Number.isNaN(v) ? "" : v > 0 ? "Inf" : "-Inf"),
    boolean: (v: boolean) => (v ? "true" : "false"),
  },
} as const;

/** Rows as CSV text (header included when `columns` is given). */
export function toCsv(columns: readonly string[] | null, rows: readonly (readonly CsvValue[])[]): string {
  const header = columns ? stringify([columns as string[]], options) : "";
  return header + stringify(rows as CsvValue[][], options);
}

/** Writes a whole CSV file atomically. */
export function writeCsvAtomic(file: string, columns: readonly string[], rows: readonly (readonly CsvValue[])[]): void {
  writeFileAtomic(file, toCsv(columns, rows));
}

/** A CSV file streamed row by row, renamed into place on `commit()`. */
export class CsvStreamWriter {
  private readonly out: AtomicFileWriter;
  readonly columns: readonly string[];
  /** The final path of the file. */
  readonly target: string;

  constructor(file: string, columns: readonly string[]) {
    this.out = new AtomicFileWriter(file);
    this.target = file;
    this.columns = columns;
    this.out.write(toCsv(columns, []));
  }

  /** Writes rows whose values are in `columns` order. */
  writeRows(rows: readonly (readonly CsvValue[])[]): void {
    if (rows.length) this.out.write(toCsv(null, rows));
  }

  commit(): void {
    this.out.commit();
  }

  abort(): void {
    this.out.abort();
  }
}
