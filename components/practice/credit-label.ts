/** "0.5 of 1": what a question earned, partial credit included, in the words results use. */
export function creditLabel(credit: number, outOf = 1): string {
  const rounded = Math.round(credit * 100) / 100;
  return `${rounded.toLocaleString("en")} of ${outOf.toLocaleString("en")}`;
}
