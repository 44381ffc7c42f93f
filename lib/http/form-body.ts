import { REFUSED } from './refusal-text';
import type { Refusal } from './request-gate';

/**
 * A page's POST whose body says it is a multipart form but cannot be read as one. Next.js looks
 * for a server action in every such body and answers 500 when the parse fails; this reads the
 * proxy's copy of the body first (at most the action limit: the gate refused longer ones) and
 * answers 400 instead. Other content types are left to Next.js, which refuses them with a 4xx.
 */
export async function unreadableForm(request: Request): Promise<Refusal | null> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type)) return null;
  try {
    await request.formData();
    return null;
  } catch {
    return {
      status: 400,
      message: `${REFUSED} the form data could not be read (it is not the multipart form its Content-Type says). Nothing was changed.`,
    };
  }
}
