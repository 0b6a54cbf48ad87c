import { notFound } from "next/navigation";
import { NotFound } from "@/server/errors";

/** For pages: a domain NotFound becomes the 404 page; any other error goes on to the error page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}
