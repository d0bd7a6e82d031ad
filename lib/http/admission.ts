import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Load shedding for one instance: at most `limit` page, action and API requests are worked on at once; the next
 * one is answered at once with 503 and `Retry-After`, instead of queueing behind the others until every answer is
 * seconds late. Static files are never counted. Installed on Node's HTTP server (instrumentation.ts) because only
 * there is the end of a response known.
 */
export function admitAtMost(limit: number, ServerClass: { prototype: Server }) {
  const proto = ServerClass.prototype as Server & { __admission?: true };
  if (proto.__admission) return;
  proto.__admission = true;
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  let inFlight = 0;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [request, response] = args as [IncomingMessage, ServerResponse];
    if (isStatic(request.url ?? '')) return emit.call(this, event, ...args);
    if (inFlight >= limit) {
      response.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '2', 'cache-control': 'no-store' });
      response.end(BUSY_PAGE);
      return true;
    }
    inFlight++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inFlight--;
    };
    response.once('finish', release);
    response.once('close', release);
    return emit.call(this, event, ...args);
  } as Server['emit'];
}

const isStatic = (url: string) => url.startsWith('/_next/static/') || url === '/favicon.ico';

const BUSY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Busy</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem"><h1>The portal is busy</h1>
<p>Too many requests are being answered right now. Please try again in a few seconds.</p></body></html>`;

/** How many requests one instance works on at once (MAX_CONCURRENT_REQUESTS; 0 turns shedding off). */
export function admissionLimit(value = process.env.MAX_CONCURRENT_REQUESTS): number {
  const n = Number(value ?? 48);
  return Number.isInteger(n) && n >= 0 ? n : 48;
}
