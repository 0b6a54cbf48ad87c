import { create } from "zustand";
import type { ExamAnswer } from "@/server/exams/types";

/** The exam screen: which question is open and the answers as typed. The server keeps the saved copy. */
interface ExamScreen {
  current: number;
  answers: Record<string, ExamAnswer>;
  saving: Record<string, boolean>;
  saveError: string | null;
  load(answers: Record<string, ExamAnswer>, current?: number): void;
  go(index: number): void;
  setAnswer(questionId: string, answer: ExamAnswer): void;
  setSaving(questionId: string, saving: boolean): void;
  setSaveError(message: string | null): void;
}

export const useExamStore = create<ExamScreen>((set) => ({
  current: 0,
  answers: {},
  saving: {},
  saveError: null,
  load: (answers, current = 0) => set({ answers, current, saving: {}, saveError: null }),
  go: (current) => set({ current }),
  setAnswer: (questionId, answer) => set((state) => ({ answers: { ...state.answers, [questionId]: answer } })),
  setSaving: (questionId, saving) => set((state) => ({ saving: { ...state.saving, [questionId]: saving } })),
  setSaveError: (saveError) => set({ saveError }),
}));
