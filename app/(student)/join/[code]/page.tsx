import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/app/_lib/session";
import { normaliseJoinCode } from "@/server/classes/join-codes";
import { JoinClassForm } from "@/components/classes/join-class-form";

export const metadata: Metadata = { title: "Join a class" };

/** The join link: the code is filled in; joining still takes a press, so a link alone changes nothing. */
export default async function JoinByLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requirePageUser(`/join/${code}`);
  return (
    <div className="stack" style={{ maxWidth: "34rem" }}>
      <h1>Join a class</h1>
      {user.role === "instructor" ? (
        <p className="alert alert-info">
          Join links are for students. You are signed in as an instructor: share this link with your students, or see <Link href="/classes">your classes</Link>.
        </p>
      ) : (
        <>
          <p className="muted">Your instructor sent you this link. Check the code, then join.</p>
          <JoinClassForm initialCode={normaliseJoinCode(code).slice(0, 20)} />
        </>
      )}
    </div>
  );
}
