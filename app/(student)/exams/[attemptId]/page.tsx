import type { Metadata } from "next";
import { orNotFound } from "@/app/_lib/pages";
import { requirePageUser } from "@/app/_lib/session";
import { examView } from "@/server/exams/exams";
import { AttemptRunner } from "@/components/exam/attempt-runner";
import { ExamReport } from "@/components/exam/exam-report";
import { getDb } from "@/server/db";
import { serviceNames } from "@/server/models/catalog";

export const metadata: Metadata = { title: "Exam" };

export default async function ExamAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requirePageUser(`/exams/${attemptId}`);
  const view = await orNotFound(examView(getDb(), user.id, attemptId, Date.now()));
  if (view.status === "in_progress") {
    // Only the public view crosses to the browser: no correct flags or explanations before submission.
    const { attempt } = view;
    return (
      <AttemptRunner
        key={attempt.attemptId}
        title={attempt.title}
        apiPath={`/api/v1/exams/${attempt.attemptId}`}
        deadline={attempt.deadline}
        serverNow={attempt.serverNow}
        questions={attempt.questions}
        answers={attempt.answers}
        submitLabel="Submit exam"
      />
    );
  }
  return <ExamReport report={view.report} serviceNames={serviceNames()} />;
}
