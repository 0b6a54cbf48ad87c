/**
 * The process-wide database, for pages and route handlers to hand to server functions (app/ never
 * imports db/ itself). Server functions take the database as a parameter, so tests pass a temp one.
 */
export { getDb } from "@/db";
