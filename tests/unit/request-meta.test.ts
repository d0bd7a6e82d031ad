import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/auth/request-meta';

describe('the client address from X-Forwarded-For', () => {
  it('is what Next recorded from the socket when no proxy is trusted', () => {
    expect(clientAddress('203.0.113.7', 0)).toBe('203.0.113.7');
    expect(clientAddress(null, 0)).toBeNull();
    expect(clientAddress(' , ', 0)).toBeNull();
  });

  it('ignores whatever the client put in front of the entries our proxies appended', () => {
    // The client sent "1.1.1.1, 2.2.2.2"; one proxy appended the address it saw.
    expect(clientAddress('1.1.1.1, 2.2.2.2, 203.0.113.7', 1)).toBe('203.0.113.7');
    // Two proxies: the outer one saw the client, the inner one saw the outer proxy.
    expect(clientAddress('1.1.1.1,203.0.113.7,10.0.0.2', 2)).toBe('203.0.113.7');
  });

  it('does not change when the client rotates its own part of the header', () => {
    const seen = new Set(['9.9.9.9', '8.8.8.8, 7.7.7.7', ''].map((forged) => clientAddress(`${forged ? `${forged}, ` : ''}203.0.113.7`, 1)));
    expect([...seen]).toEqual(['203.0.113.7']);
  });

  it('takes the leftmost entry when fewer proxies appended than are configured', () => {
    expect(clientAddress('203.0.113.7', 2)).toBe('203.0.113.7');
  });

  it('keeps IPv6 addresses whole', () => {
    expect(clientAddress('2001:db8::1, ::ffff:10.0.0.2', 2)).toBe('2001:db8::1');
  });
});
