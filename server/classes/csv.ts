/**
 * CSV as RFC 4180 says: CRLF line ends, one header row, fields quoted when they hold , " CR or LF.
 * Every row has exactly the header's number of fields (missing cells are empty), and the file starts
 * with a UTF-8 byte order mark so Excel on Windows reads accented names as written.
 */

export type CsvCell = string | number | boolean | null | undefined;

// A spreadsheet runs a cell that starts like a formula; a student's name must never do that.
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const BOM = "\uFEFF";

export function toCsv(header: string[], rows: CsvCell[][]): string {
  const width = header.length;
  const rectangular = rows.map((row) => {
    if (row.length > width) throw new Error(`A CSV row has ${row.length} fields; the header has ${width}.`);
    return [...row, ...Array<CsvCell>(width - row.length).fill(null)];
  });
  return BOM + [header, ...rectangular].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

/** Reads RFC 4180 CSV back into rows of fields (used by tests and anyone checking an export). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = "";
  let quoted = false;
  for (let i = text.startsWith(BOM) ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(value);
      value = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(value);
      rows.push(row);
      row = [];
      value = "";
      i++;
    } else value += ch;
  }
  if (value !== "" || row.length > 0) {
    row.push(value);
    rows.push(row);
  }
  return rows;
}
