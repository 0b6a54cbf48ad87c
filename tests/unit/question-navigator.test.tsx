import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { QuestionNavigator } from "@/components/exam/question-navigator";

describe("QuestionNavigator", () => {
  it("says in words which questions are answered or flagged, marks the current one, and moves on click", () => {
    const onGo = vi.fn();
    render(
      <QuestionNavigator
        questionIds={["q1", "q2", "q3"]}
        answers={{ q1: { choiceIds: ["a"] }, q2: { choiceIds: ["b"], flagged: true } }}
        current={2}
        onGo={onGo}
        withFlags
      />,
    );
    expect(screen.getByRole("button", { name: "Question 1, answered" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Question 2, answered, flagged" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Question 3, unanswered" })).toHaveAttribute("aria-current", "step");
    fireEvent.click(screen.getByRole("button", { name: "Question 1, answered" }));
    expect(onGo).toHaveBeenCalledWith(0);
  });

  it("leaves flags out where an assignment has none", () => {
    render(
      <QuestionNavigator
        questionIds={["q1"]}
        answers={{ q1: { choiceIds: [], flagged: true } }}
        current={0}
        onGo={() => {}}
        withFlags={false}
      />,
    );
    expect(screen.getByRole("button", { name: "Question 1, unanswered" })).toBeInTheDocument();
    expect(screen.queryByText(/flagged/)).toBeNull();
  });
});
