"use client";

import { useEffect, useState } from "react";

function format(ms: number) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h > 0 ? `${h}:` : ""}${String(m).padStart(h > 0 ? 2 : 1, "0")}:${String(s).padStart(2, "0")}`;
}

/**
 * Counts down to the server's deadline. `clockSkew` is server time minus this device's time,
 * so a wrong device clock does not change the time left.
 */
export function Countdown({ deadline, clockSkew, onExpire }: { deadline: number; clockSkew: number; onExpire: () => void }) {
  const [now, setNow] = useState(() => Date.now() + clockSkew);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + clockSkew), 1000);
    return () => clearInterval(timer);
  }, [clockSkew]);
  const left = deadline - now;
  useEffect(() => {
    if (left <= 0) onExpire();
  }, [left <= 0]); // eslint-disable-line react-hooks/exhaustive-deps -- fire once when time runs out, not on every tick or new onExpire
  const urgent = left < 5 * 60_000;
  return (
    <p
      role="timer"
      aria-live="off"
      aria-label="Time left"
      style={{
        margin: 0,
        fontVariantNumeric: "tabular-nums",
        fontWeight: 800,
        fontSize: "1.2rem",
        color: urgent ? "var(--danger)" : "var(--text)",
      }}
    >
      <span aria-hidden="true">◷</span> {format(left)}
      {urgent ? <span className="visually-hidden"> (less than five minutes)</span> : null}
    </p>
  );
}
