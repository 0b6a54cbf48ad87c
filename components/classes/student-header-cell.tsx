/** The heading of a student's row in a results table: their name, and their email under it. */
export function StudentHeaderCell({ student }: { student: { name: string; email: string } }) {
  return (
    <th scope="row">
      {student.name}
      <br />
      <span className="muted small" style={{ fontWeight: 400 }}>
        {student.email}
      </span>
    </th>
  );
}
