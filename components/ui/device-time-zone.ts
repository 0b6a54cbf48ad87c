import { useSyncExternalStore } from "react";

const noChanges = () => () => {};

/** This device's IANA time zone; null while rendering on the server, which cannot know it. */
export function useDeviceTimeZone(): string | null {
  return useSyncExternalStore(
    noChanges,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? null,
    () => null,
  );
}
