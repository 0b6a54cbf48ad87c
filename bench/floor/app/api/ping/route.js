// The cheapest JSON route Next.js can serve: what its route pipeline costs before any app code.
export const dynamic = "force-dynamic";

export async function POST(request) {
  const body = await request.json();
  return Response.json({ ok: true, echo: body.n ?? null }, { status: 201 });
}
