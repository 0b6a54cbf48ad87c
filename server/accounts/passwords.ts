import bcrypt from "bcrypt";

const COST = 10;
// A real hash of a random password: comparing against it costs the same as a real account.
const DUMMY_HASH = bcrypt.hashSync("demarc-timing-equaliser", COST);

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** Compares in constant work whether or not the account exists. */
export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return hash !== undefined && matches;
}
