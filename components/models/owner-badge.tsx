import type { Owner } from "@/server/models/types";
import styles from "./owner.module.css";

/** Short owner names for badges and headings. */
export const OWNER_LABELS: Record<Owner, string> = {
  aws: "AWS",
  shared: "Shared",
  customer: "Customer",
};

/** Class names that set an owner's colours (--owner, --owner-bg), optionally with a ready-made look. */
export function ownerClass(owner: Owner, look?: "pill" | "tint" | "mark"): string {
  return look ? `${styles[owner]} ${styles[look]}` : styles[owner];
}

/** The owner as a word in a coloured pill: the colour is never the only signal. */
export function OwnerBadge({ owner }: { owner: Owner }) {
  return (
    <span className={`badge ${ownerClass(owner, "pill")}`}>
      <span className="visually-hidden">Owner: </span>
      {OWNER_LABELS[owner]}
    </span>
  );
}
