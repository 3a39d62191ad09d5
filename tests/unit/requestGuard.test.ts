import { describe, expect, it } from 'vitest';
import { checkRequest } from '@/lib/serve/requestGuard';

describe('checkRequest', () => {
  it('lets ordinary requests through, decoded, with their query', () => {
    expect(checkRequest('GET', '/blog/')).toEqual({ ok: true, pathname: '/blog/', search: '' });
    expect(checkRequest('HEAD', '/search/?q=../x')).toEqual({ ok: true, pathname: '/search/', search: '?q=../x' });
    expect(checkRequest('GET', '/caf%C3%A9/')).toMatchObject({ ok: true, pathname: '/café/' });
  });

  it.each([
    ['POST', '/', 405],
    ['GET', '/%00', 400],
    ['GET', '/%zz', 400],
    ['GET', '/%c0%ae%c0%ae/', 400],
    ['GET', '/%252e%252e/', 400],
    ['GET', '/..%2fx', 400],
    ['GET', '/a\\b', 400],
    ['GET', '//x', 400],
    ['GET', '/a/../b', 400],
    ['GET', 'x', 400],
    ['GET', `/${'a'.repeat(256)}`, 414],
    ['GET', `/${'a/'.repeat(2000)}`, 414],
  ] as const)('%s %s is refused with %i', (method, target, status) => {
    expect(checkRequest(method, target)).toMatchObject({ ok: false, status });
  });
});
