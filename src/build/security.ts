/** The Content-Security-Policy and other headers, shared by the page <meta> and the `_headers` file. */
import { createHash } from 'node:crypto';

export function themeCss(thema: { primair: string; accent: string }): string {
  return `:root{--regio-primair:${thema.primair};--regio-accent:${thema.accent}}`;
}

export function cspHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/** Only this site's own files (search too: no WebAssembly since Pagefind left); the one inline style is allowed by hash. */
export function csp(styleHash: string, { header = false } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHash}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
    // Browsers ignore frame-ancestors in a <meta>; it only works as a header.
    ...(header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/**
 * zoek/ is revalidated on every use (no-cache, a 304 when unchanged): a docs.json kept from before a rebuild
 * would name term and fragment files that no longer exist.
 */
export function headersFile(styleHash: string, base: string): string {
  return `${base}*
  Content-Security-Policy: ${csp(styleHash, { header: true })}
  Referrer-Policy: no-referrer
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  Cross-Origin-Opener-Policy: same-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()
${base}zoek/*
  Cache-Control: no-cache
`;
}
