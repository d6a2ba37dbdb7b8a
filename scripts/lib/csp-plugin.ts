/**
 * Vite plugin: a strict Content Security Policy in every built page. Only the build gets it,
 * because the dev server's hot reload needs inline scripts; SECURITY.md gives hosts the same
 * policy as HTTP headers, which can also forbid framing.
 */
import type { Plugin } from 'vite';

/**
 * Everything comes from this site. `data:` images are the icons in MapLibre's stylesheet; the
 * map's worker is a same-origin module (setWorkerUrl), so no `blob:` is needed anywhere.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'worker-src': "'self'",
  'connect-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

/**
 * The policy as one header or meta value.
 * @example formatPolicy({ 'default-src': "'self'", 'object-src': "'none'" }) // "default-src 'self'; object-src 'none'"
 */
export function formatPolicy(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The value for a `<meta http-equiv>`: browsers ignore frame-ancestors there, so it is a header only. */
export const CSP_META = formatPolicy(CSP_DIRECTIVES);

/** The value for a `Content-Security-Policy` header on the main page; the embed page must allow framing. */
export const CSP_HEADER = formatPolicy({ ...CSP_DIRECTIVES, 'frame-ancestors': "'none'" });

export function contentSecurityPolicy(policy = CSP_META): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // First in <head>, so the policy is in force before any script or stylesheet is seen.
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
  };
}
