/** The Content Security Policy: strict, and the same in the build and in SECURITY.md. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META, formatPolicy } from '../../../scripts/lib/csp-plugin.ts';

describe('the policy', () => {
  it('allows nothing but this site', () => {
    for (const [directive, value] of Object.entries(CSP_DIRECTIVES)) {
      expect(value, directive).toMatch(/^'(self|none)'( data:)?$/);
    }
  });

  it('never allows inline script, eval, or objects, and pins <base> and forms', () => {
    expect(CSP_META).not.toMatch(/unsafe-|strict-dynamic|\*|blob:|https?:/);
    expect(CSP_DIRECTIVES['script-src']).toBe("'self'");
    expect(CSP_DIRECTIVES['style-src']).toBe("'self'");
    expect(CSP_DIRECTIVES['object-src']).toBe("'none'");
    expect(CSP_DIRECTIVES['base-uri']).toBe("'none'");
    expect(CSP_DIRECTIVES['form-action']).toBe("'none'");
  });

  it('leaves frame-ancestors to the header, since browsers ignore it in a meta element', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
  });

  it('formats directives in order, separated by semicolons', () => {
    expect(formatPolicy({ 'default-src': "'self'", 'object-src': "'none'" })).toBe("default-src 'self'; object-src 'none'");
  });
});

describe('SECURITY.md', () => {
  const doc = readFileSync('SECURITY.md', 'utf8');

  it('gives hosts exactly the header the build enforces', () => {
    expect(doc).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
  });

  it('names the other headers a host should send', () => {
    for (const header of ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff', 'Permissions-Policy:']) expect(doc).toContain(header);
  });
});
