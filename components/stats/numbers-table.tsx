import styles from "./stats.module.css";

/** A table column: a plain label heads a column of words; `figures(label)` one of figures, right-aligned so the digits line up. */
type Column = string | { label: string; numeric: true };

export const figures = (label: string): Column => ({ label, numeric: true });

const labelOf = (column: Column | undefined) => (typeof column === "object" ? column.label : column);
const alignOf = (column: Column | undefined) => (typeof column === "object" ? styles.number : undefined);

/** The numbers behind a chart, one click away: the chart's text alternative for every reader. */
export function NumbersTable({
  summary,
  caption,
  columns,
  rows,
}: {
  summary: string;
  caption: string;
  columns: Column[];
  rows: (string | number)[][];
}) {
  return (
    <details className={`disclosure ${styles.numbers}`}>
      <summary>{summary}</summary>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={labelOf(column)} scope="col" className={alignOf(column)}>
                {labelOf(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={alignOf(columns[j])}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
