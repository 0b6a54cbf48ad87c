/**
 * The sections of the reference (their descriptions are in overview.ts), in its order: who usually
 * calls their operations, and what each path parameter names, with the 404 an operation answers when
 * it names nothing of the caller's.
 */
import { section } from "@/server/openapi/operation";

export const practice = section("Practice", "signed-in", {
  reviewId: { description: "The reviewId the review was sent with.", notFound: "No such review, or another user's." },
  cardId: { notFound: "No such card, or another user's." },
});

export const exams = section("Mock exams", "signed-in", {
  attemptId: { description: "The exam attempt's id.", notFound: "No such attempt, or another user's." },
  questionId: { description: "q1, q2, …", notFound: "No such attempt or question, or another user's attempt." },
});

export const classes = section("Classes", "instructor", {
  classId: { description: "The class's id.", notFound: "No such class, or another instructor's." },
  studentId: { description: "The student's user id.", notFound: "Not your class, or not a student of it." },
  questionId: { description: "The question's id (without class:).", notFound: "No such question in a class of yours." },
});

export const assignments = section("Assignments", "instructor", {
  assignmentId: { description: "The assignment's id.", notFound: "No such assignment, or not one of your classes'." },
  attemptId: { description: "The attempt's id.", notFound: "No such attempt, or another student's." },
  questionKey: { description: "q1, q2, …", notFound: "Not your attempt, or no such question." },
});

export const yourAccount = section("Your account", "signed-in");

export const accountsAndHealth = section("Accounts and health", "public");
