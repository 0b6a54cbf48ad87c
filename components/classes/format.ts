export function formatDuration(ms: number | null) {
  if (ms === null) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export const percentText = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

export const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
