"use client";

import { useEffect, useState } from "react";

const utc = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;

function relative(ms: number, now: number) {
  const diff = ms - now;
  const abs = Math.abs(diff);
  const [value, unit] =
    abs < 3_600_000
      ? [Math.max(1, Math.round(abs / 60_000)), "minute"]
      : abs < 172_800_000
        ? [Math.round(abs / 3_600_000), "hour"]
        : [Math.round(abs / 86_400_000), "day"];
  const text = `${value} ${unit}${value === 1 ? "" : "s"}`;
  return diff >= 0 ? `in ${text}` : `${text} ago`;
}

/** A server time shown in the reader's own time zone (UTC until the browser has rendered it). */
export function LocalTime({ ms, withRelative = false }: { ms: number; withRelative?: boolean }) {
  const [text, setText] = useState(() => utc(ms));
  useEffect(() => {
    const local = new Intl.DateTimeFormat(undefined, {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
    }).format(ms);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the reader's time zone is known only after hydration; the server renders UTC
    setText(withRelative ? `${local} (${relative(ms, Date.now())})` : local);
  }, [ms, withRelative]);
  return <time dateTime={new Date(ms).toISOString()}>{text}</time>;
}
