import type { ButtonHTMLAttributes } from "react";

/**
 * A practice button with the key that does the same written after its words. The key is hidden
 * from screen readers, whose users find every key in the "?" dialog instead.
 */
export function KeyButton({
  keyName,
  quiet = false,
  children,
  ...button
}: { keyName: string; quiet?: boolean } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "className">) {
  return (
    <button type="button" className={quiet ? "button button-quiet" : "button"} {...button}>
      {children} <kbd aria-hidden="true">{keyName}</kbd>
    </button>
  );
}
