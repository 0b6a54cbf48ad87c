import styles from "./stats.module.css";

export interface Column {
  label: string;
  numeric?: boolean;
}

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
    <details className={styles.numbers}>
      <summary>{summary}</summary>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? styles.number : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={columns[j]?.numeric ? styles.number : undefined}>
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
