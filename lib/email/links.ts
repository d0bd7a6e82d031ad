/** Links found in a recorded message, so staff (and tests) can follow them from the outbox. */
export function linksIn(html: string): string[] {
  return [...new Set([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')))];
}
