/** Links found in a recorded message, so staff (and tests) can follow them from the outbox. */
export function linksIn(html: string): string[] {
  return [...new Set([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')))];
}

const URL_QUERY = /(https?:\/\/[^\s"'<>?#\])]+\?)([^\s"'<>#\])]*)/g;

/**
 * Every link of an HTML or plain-text message with its query values replaced (`?token=…` → `?token=[redacted]`):
 * what the outbox keeps once a real e-mail service delivers, so it never holds a usable one-time link.
 */
export function redactLinkQueries(content: string): string {
  return content.replace(URL_QUERY, (_, start: string, query: string) => start + query.replace(/=[^&]*/g, '=[redacted]'));
}
