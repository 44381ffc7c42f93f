import 'server-only';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import { cookies } from 'next/headers';

/** Copies Set-Cookie headers of a better-auth response onto the server action's response. */
export async function applySetCookies(setCookies: readonly string[]): Promise<void> {
  const jar = await cookies();
  for (const header of setCookies) {
    for (const [name, attributes] of parseSetCookieHeader(header)) {
      jar.set(name, attributes.value, toCookieOptions(attributes));
    }
  }
}
