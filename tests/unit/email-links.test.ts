import { describe, expect, it } from 'vitest';
import { linksIn, redactLinkQueries } from '@/lib/email/links';

describe('redactLinkQueries', () => {
  it('blanks every query value of every link, in HTML and in text, keeping the rest', () => {
    const html = '<a href="https://acme.portal.example.com/set-password?token=s3cr3t&amp;lang=fr#top">Set</a> <p>or https://acme.portal.example.com/x?a=1&b=2 there</p>';
    const redacted = redactLinkQueries(html);
    expect(redacted).not.toMatch(/s3cr3t|a=1|b=2/);
    expect(linksIn(redacted)).toEqual(['https://acme.portal.example.com/set-password?token=[redacted]&lang=[redacted]#top']);
    expect(redacted).toContain('or https://acme.portal.example.com/x?a=[redacted]&b=[redacted] there</p>');
    expect(redactLinkQueries('Set Password [http://acme.localhost:3000/set-password?token=abc] and http://acme.localhost:3000/home')).toBe(
      'Set Password [http://acme.localhost:3000/set-password?token=[redacted]] and http://acme.localhost:3000/home',
    );
  });

  it('leaves text without link queries alone', () => {
    const text = 'Is this ok? token=abc stays: it is not a link. See https://example.com/a/b.';
    expect(redactLinkQueries(text)).toBe(text);
  });
});
