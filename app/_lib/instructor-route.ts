import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";

/**
 * A route handler only an instructor may call, on one of their classes or assignments: anyone else
 * is refused (401, 403) before it runs; it gets the instructor's id and the path's parameters. That
 * the class or assignment is theirs stays the domain's check (the id goes into every query).
 */
export function instructorRoute<Params>(handler: (request: Request, route: Params & { instructorId: string }) => Promise<Response>) {
  return apiRoute(async (request: Request, context: { params: Promise<Params> }) => {
    const instructor = await requireUser("instructor");
    return handler(request, { ...(await context.params), instructorId: instructor.id });
  });
}
