/** The shapes the practice API returns, as the screen uses them. */
export interface ShownQuestion {
  id: string;
  kind: string;
  prompt: string;
  selectCount?: number;
  choices: { id: string; text: string }[];
}

export interface ShownCard {
  id: string;
  version: number;
  state: number;
  flagged: boolean;
  question: ShownQuestion;
  intervals: Record<"1" | "2" | "3" | "4", string>;
}

export interface Counts {
  new: number;
  learning: number;
  review: number;
}

export interface CitationView {
  title: string;
  section?: string;
  quote?: string;
  url?: string;
  file?: string;
}

export interface Feedback {
  correct?: boolean;
  rating: number;
  explanation: string;
  choices: { id: string; correct: boolean; explanation: string }[];
  citations: CitationView[];
  disagreement?: string | null;
  links: { model: string; service: string } | null;
  answer?: string | null;
  leech?: { message: string; link: string } | null;
  card?: { due: number; state: number; reps: number; lapses: number };
}

export const RATING_NAMES: Record<number, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };
