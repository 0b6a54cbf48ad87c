/** How many items of a list its filter shows, announced to screen readers as the filter changes. */
export function FilteredCount({ shown, total }: { shown: number; total: number }) {
  return (
    <p className="small muted" role="status">
      Showing {shown} of {total}.
    </p>
  );
}
