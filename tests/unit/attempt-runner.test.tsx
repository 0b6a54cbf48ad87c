import { act, fireEvent, render, screen } from "@testing-library/react";
import type { ComponentProps } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttemptRunner } from "@/components/exam/attempt-runner";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh, push: vi.fn() }) }));

// Two questions with the same two choices: "AWS" is answered with 1, "You" with 2.
const scenario = (id: string, prompt: string) => ({
  id,
  kind: "scenario",
  prompt,
  choices: [
    { id: "a", text: "AWS" },
    { id: "b", text: "You" },
  ],
});
const questions = [scenario("q1", "Who patches the guest OS?"), scenario("q2", "Who patches the hypervisor?")];

const fetchMock = vi.fn(async () => new Response(JSON.stringify({ saved: true }), { status: 200 }));

beforeEach(() => {
  vi.stubGlobal("fetch", fetchMock);
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});
afterEach(() => {
  fetchMock.mockClear();
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

// The same runner serves mock exams and exam-mode assignments: only the API path and the labels differ.
describe.each([
  ["a mock exam", "/api/v1/exams/e1", "Submit exam"],
  ["an exam-mode assignment", "/api/v1/assignments/a1/attempts/t1", "Submit"],
])("AttemptRunner for %s", (_name, apiPath, submitLabel) => {
  const renderRunner = (answers: ComponentProps<typeof AttemptRunner>["answers"] = {}) =>
    render(
      <AttemptRunner
        title="Check"
        apiPath={apiPath}
        deadline={null}
        serverNow={Date.now()}
        questions={questions}
        answers={answers}
        submitLabel={submitLabel}
      />,
    );

  it("answers with 1–9, flags with F, moves with the arrows, and saves each change to its own API", async () => {
    renderRunner();
    await act(async () => fireEvent.keyDown(window, { key: "2" }));
    await act(async () => fireEvent.keyDown(window, { key: "f" }));
    expect(screen.getByRole("button", { name: "Question 1, answered, flagged" })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenLastCalledWith(
      `${apiPath}/answers/q1`,
      expect.objectContaining({ method: "PUT", body: JSON.stringify({ choiceIds: ["b"], flagged: true }) }),
    );
    await act(async () => fireEvent.keyDown(window, { key: "ArrowRight" }));
    expect(screen.getByRole("region", { name: "Question 2" })).toBeInTheDocument();
    expect(window.location.hash).toBe("#question-2");
  });

  it("opens on the question in the address, so a reload keeps the learner's place", () => {
    window.history.replaceState(null, "", "#question-2");
    renderRunner();
    expect(screen.getByRole("region", { name: "Question 2" })).toBeInTheDocument();
  });

  it("asks before submitting with questions left, then submits to the attempt's API", async () => {
    renderRunner({ q1: { choiceIds: ["a"], flagged: false } });
    fireEvent.click(screen.getByRole("button", { name: submitLabel }));
    expect(screen.getByRole("dialog", { name: "Submit now?" })).toHaveTextContent(
      "1 question is unanswered. Unanswered questions count as wrong.",
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Submit anyway" })));
    expect(fetchMock).toHaveBeenLastCalledWith(`${apiPath}/submit`, expect.objectContaining({ method: "POST" }));
    expect(refresh).toHaveBeenCalled();
  });
});
