import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotFound } from "@/server/errors";
import { requirePageUser } from "@/app/_lib/session";
import { examView } from "@/server/exams/exams";
import { ExamRunner } from "@/components/exam/exam-runner";
import { ExamReport } from "@/components/exam/exam-report";
import { getDb } from "@/db";
import { services } from "@/questions/bank/services";

export const metadata: Metadata = { title: "Exam" };

export default async function ExamAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requirePageUser(`/exams/${attemptId}`);
  const view = await examView(getDb(), user.id, attemptId, Date.now()).catch((error) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  if (view.status === "in_progress") {
    // Only the public view crosses to the browser: no correct flags or explanations before submission.
    return <ExamRunner key={view.attempt.attemptId} exam={view.attempt} />;
  }
  return <ExamReport report={view.report} serviceNames={Object.fromEntries(services.map((s) => [s.id, s.name]))} />;
}
