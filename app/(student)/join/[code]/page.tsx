import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { clientIp } from "@/app/_lib/client-ip";
import { requirePageUser } from "@/app/_lib/session";
import { classOfJoinLink } from "@/server/classes/classes";
import { normaliseJoinCode } from "@/server/classes/join-codes";
import { RateLimited } from "@/server/errors";
import { getDb } from "@/server/db";
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
          Join links are for students. You are signed in as an instructor: share this link with your students, or see{" "}
          <Link href="/classes">your classes</Link>.
        </p>
      ) : (
        <>
          <JoinLinkIntro code={code} userId={user.id} />
          <JoinClassForm initialCode={normaliseJoinCode(code).slice(0, 20)} headingLevel={2} title="Check the code, then join" />
        </>
      )}
    </div>
  );
}

/** Names the class the link leads to, so the student knows what they are joining before they press Join. */
async function JoinLinkIntro({ code, userId }: { code: string; userId: string }) {
  let found;
  try {
    found = await classOfJoinLink(getDb(), userId, clientIp(await headers()), code, Date.now());
  } catch (error) {
    if (error instanceof RateLimited) return <p className="alert alert-error">{error.message}</p>;
    throw error;
  }
  if (!found)
    return (
      <p className="alert alert-error">
        No class has the code in this link. Ask your instructor for a new link, or type the code they gave you.
      </p>
    );
  return (
    <p>
      Your instructor invited you to <strong>{found.name}</strong>.
      {found.joinable ? "" : " Joining is turned off for now: ask your instructor to turn the join code back on."}
    </p>
  );
}
