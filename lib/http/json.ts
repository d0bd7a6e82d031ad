/** A JSON answer that is one user's own: never stored by a shared cache, nor kept by the browser. */
export const privateJson = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' } });

export const notFoundJson = () => privateJson({ error: 'Not found' }, 404);
