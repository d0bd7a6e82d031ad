/**
 * Next answers 500 to server-action POSTs it cannot decode (a garbage body, a missing multipart boundary, a
 * cross-origin call, a body over its limit). The proxy asks here first, so that such requests get a 4xx instead.
 */

/** Next's server reference ids: 42 hex digits. */
const ACTION_ID = /^[0-9a-f]{42}$/;

/** Keep equal to `bodySizeLimit` and `proxyClientMaxBodySize` in next.config.mjs: room for a 10 MB file and the form around it. */
export const ACTION_BODY_LIMIT_BYTES = 20 * 1024 * 1024;

export type ActionRequestProblem = { status: 400 | 403 | 413; message: string };

const INVALID: ActionRequestProblem = { status: 400, message: 'Invalid Server Action request.' };

const isActionPost = (request: Request) => request.method === 'POST' && request.headers.has('next-action');

function hostOf(url: string) {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** What the headers alone tell: the action id, the body's type and size, and the origin (compared as Next does). */
export function actionHeadersProblem(headers: Headers): ActionRequestProblem | null {
  if (!ACTION_ID.test(headers.get('next-action') ?? '')) return INVALID;
  const type = headers.get('content-type')?.toLowerCase() ?? '';
  if (!type.startsWith('multipart/form-data') && !type.startsWith('text/plain')) return INVALID;
  if (Number(headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT_BYTES) return { status: 413, message: 'Files can be at most 10 MB.' };
  const origin = headers.get('origin');
  const host = headers.get('x-forwarded-host')?.split(',')[0].trim() || headers.get('host');
  if (origin !== null && hostOf(origin) !== host) return { status: 403, message: 'Cross-origin Server Action requests are not allowed.' };
  return null;
}

/** React encodes an action's arguments as a JSON array: the whole text/plain body, or the multipart field "0". */
export function actionArgumentsProblem(root: unknown): ActionRequestProblem | null {
  if (typeof root !== 'string') return INVALID;
  try {
    return Array.isArray(JSON.parse(root)) ? null : INVALID;
  } catch {
    return INVALID;
  }
}

/** Reads the request's body: in the proxy that is Next's own copy, the action still gets the body. */
export async function malformedActionResponse(request: Request): Promise<Response | null> {
  if (!isActionPost(request)) return null;
  let problem = actionHeadersProblem(request.headers);
  if (!problem) {
    const multipart = request.headers.get('content-type')!.toLowerCase().startsWith('multipart/');
    const root = multipart ? await request.formData().then((form) => form.get('0'), () => null) : await request.text();
    problem = actionArgumentsProblem(root);
  }
  return problem && new Response(problem.message, { status: problem.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
