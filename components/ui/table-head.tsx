/** A column's heading: `className` aligns it with its cells; `hidden` names a column of buttons or links for screen readers only. */
export interface ColumnHeading {
  label: string;
  /** When two columns could share a label (assignments with the same title). */
  key?: string;
  className?: string;
  hidden?: boolean;
}

/** A table's row of column headings. */
export function TableHead({ columns }: { columns: ColumnHeading[] }) {
  return (
    <thead>
      <tr>
        {columns.map(({ label, key, className, hidden }) => (
          <th key={key ?? label} scope="col" className={className}>
            {hidden ? <span className="visually-hidden">{label}</span> : label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
