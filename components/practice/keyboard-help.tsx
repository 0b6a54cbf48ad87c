"use client";

import { useEffect, useRef } from "react";

const KEYS: [string, string][] = [
  ["1 – 6", "choose an option (quiz) or a rating (after answering / revealing)"],
  ["Enter or Space", "check the answer, reveal the back, or continue"],
  ["U", "undo the last review"],
  ["F", "flag or unflag this card"],
  ["S", "suspend this card"],
  ["B", "bury this card until tomorrow"],
  ["?", "show or hide these keys"],
];

export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="keys-title" className="card">
      <h2 id="keys-title">Keyboard shortcuts</h2>
      <dl>
        {KEYS.map(([key, what]) => (
          <div key={key} style={{ display: "flex", gap: "1rem", padding: "0.25rem 0" }}>
            <dt style={{ minWidth: "8rem" }}>
              <kbd>{key}</kbd>
            </dt>
            <dd style={{ margin: 0 }}>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
