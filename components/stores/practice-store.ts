import { create } from "zustand";
import type { Counts, Feedback, ShownCard } from "@/server/practice/types";

/** "stale": the card on screen was answered or set aside elsewhere; the learner loads the next one. */
export type PracticePhase = "loading" | "question" | "feedback" | "revealed" | "stale" | "done" | "error";

/** What is on the practice screen right now. The server holds progress; this is only the view. */
interface PracticeScreen {
  phase: PracticePhase;
  card: ShownCard | null;
  counts: Counts;
  selected: string[];
  feedback: Feedback | null;
  lastReviewId: string | null;
  shownAt: number;
  reviewedThisSession: number;
  correctThisSession: number;
  message: string | null;
  /** Where the message's "read more" goes, when it has one. */
  messageLink: { href: string; text: string } | null;
  helpOpen: boolean;
  show(card: ShownCard | null, counts: Counts): void;
  toggleChoice(id: string, multiple: boolean): void;
  answered(reviewId: string, feedback: Feedback): void;
  /** After a reload: the card answered, the choice made and its feedback, as they were. */
  resumedAnswer(card: ShownCard, counts: Counts, reviewId: string, selected: string[], feedback: Feedback): void;
  revealed(feedback: Feedback): void;
  setPhase(phase: PracticePhase): void;
  setMessage(message: string | null, link?: { href: string; text: string }): void;
  setRating(rating: number): void;
  setFlagged(flagged: boolean): void;
  undone(): void;
  setHelpOpen(open: boolean): void;
}

export const usePracticeStore = create<PracticeScreen>((set) => ({
  phase: "loading",
  card: null,
  counts: { new: 0, learning: 0, review: 0 },
  selected: [],
  feedback: null,
  lastReviewId: null,
  shownAt: 0,
  reviewedThisSession: 0,
  correctThisSession: 0,
  message: null,
  messageLink: null,
  helpOpen: false,
  show: (card, counts) => set({ card, counts, selected: [], feedback: null, phase: card ? "question" : "done", shownAt: Date.now() }),
  toggleChoice: (id, multiple) =>
    set((state) => ({
      selected: multiple ? (state.selected.includes(id) ? state.selected.filter((s) => s !== id) : [...state.selected, id]) : [id],
    })),
  answered: (reviewId, feedback) =>
    set((state) => ({
      feedback,
      lastReviewId: reviewId,
      phase: "feedback",
      reviewedThisSession: state.reviewedThisSession + 1,
      correctThisSession: state.correctThisSession + (feedback.correct ? 1 : 0),
    })),
  resumedAnswer: (card, counts, reviewId, selected, feedback) =>
    set({ card, counts, selected, feedback, lastReviewId: reviewId, phase: "feedback" }),
  revealed: (feedback) => set({ feedback, phase: "revealed" }),
  setPhase: (phase) => set({ phase }),
  setMessage: (message, link) => set({ message, messageLink: link ?? null }),
  setRating: (rating) => set((state) => (state.feedback ? { feedback: { ...state.feedback, rating } } : {})),
  setFlagged: (flagged) => set((state) => (state.card ? { card: { ...state.card, flagged } } : {})),
  undone: () =>
    set((state) => ({
      lastReviewId: null,
      reviewedThisSession: Math.max(0, state.reviewedThisSession - 1),
    })),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
}));
