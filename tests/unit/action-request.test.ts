import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, actionArgumentsProblem, actionHeadersProblem, malformedActionResponse } from '@/lib/http/action-request';

const ID = '7f4e528a49af2c042648803727920f7d620d75d510';
const HOST = 'acme.localhost:3400';

const headers = (extra: Record<string, string>) => new Headers({ host: HOST, 'next-action': ID, 'content-type': 'text/plain;charset=UTF-8', ...extra });

function post(body: BodyInit | null, extra: Record<string, string> = {}) {
  const h = headers(extra);
  if (body instanceof FormData) h.delete('content-type');
  return new Request(`http://${HOST}/sign-in`, { method: 'POST', headers: h, body });
}

function encodedReply(fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

async function statusOf(request: Request) {
  return (await malformedActionResponse(request))?.status ?? 'passed';
}

describe('action request headers', () => {
  it('pass what the browser sends', () => {
    expect(actionHeadersProblem(headers({}))).toBeNull();
    expect(actionHeadersProblem(headers({ 'content-type': 'multipart/form-data; boundary=----WebKitFormBoundaryX', origin: `http://${HOST}` }))).toBeNull();
    expect(actionHeadersProblem(headers({ origin: 'https://acme.example.com', host: 'internal:3000', 'x-forwarded-host': 'acme.example.com' }))).toBeNull();
  });

  it.each([
    [{ 'next-action': 'not-an-id' }, 400],
    [{ 'next-action': ID.toUpperCase() }, 400],
    [{ 'content-type': 'application/json' }, 400],
    [{ 'content-type': 'application/x-www-form-urlencoded' }, 400],
    [{ 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) }, 413],
    [{ origin: 'http://evil.test' }, 403],
    [{ origin: 'null' }, 403],
    [{ origin: 'garbage' }, 403],
  ])('refuse %o with %i', (extra, status) => {
    expect(actionHeadersProblem(headers(extra))?.status).toBe(status);
  });

  it('refuse a missing content type', () => {
    const h = headers({});
    h.delete('content-type');
    expect(actionHeadersProblem(h)?.status).toBe(400);
  });
});

describe('action arguments', () => {
  it('must be a JSON array', () => {
    expect(actionArgumentsProblem('[]')).toBeNull();
    expect(actionArgumentsProblem('["$K1"]')).toBeNull();
    for (const bad of ['', 'garbage{{', '{"a":1}', '"x"', null]) expect(actionArgumentsProblem(bad)?.status).toBe(400);
  });
});

describe('malformedActionResponse', () => {
  it('leaves other requests alone', async () => {
    expect(await statusOf(new Request(`http://${HOST}/sign-in`))).toBe('passed');
    expect(await statusOf(new Request(`http://${HOST}/sign-in`, { method: 'POST', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }))).toBe('passed');
  });

  it('passes React-encoded replies', async () => {
    expect(await statusOf(post('[]'))).toBe('passed');
    expect(await statusOf(post(encodedReply({ '1_logon': 'franco', '1_password': 'x', '0': '[{},"$K1"]' })))).toBe('passed');
  });

  it('answers 400 to bodies Next cannot decode', async () => {
    expect(await statusOf(post('garbage{{'))).toBe(400);
    expect(await statusOf(post(''))).toBe(400);
    expect(await statusOf(post(encodedReply({ foo: 'bar' })))).toBe(400);
    expect(await statusOf(post(encodedReply({ '0': 'garbage{' })))).toBe(400);
    expect(await statusOf(post('garbage', { 'content-type': 'multipart/form-data' }))).toBe(400);
    expect(await statusOf(post('garbage', { 'content-type': 'multipart/form-data; boundary=XYZ' }))).toBe(400);
  });

  it('answers in plain text', async () => {
    const response = (await malformedActionResponse(post('garbage', { 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) })))!;
    expect([response.status, await response.text()]).toEqual([413, 'Files can be at most 10 MB.']);
  });
});
