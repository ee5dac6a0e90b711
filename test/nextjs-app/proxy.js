import { NextResponse } from 'next/server';

// Next.js's documented nonce pattern: a fresh nonce per request, in the Content-Security-Policy of the request (Next.js
// reads it from there and puts it on its own scripts) and of the response, and in `x-nonce` for the layout.
// Styles: only <style> elements carrying this nonce; no 'unsafe-inline', no style attributes.
//
// Except on the page rendered as a Server Component (app/server-component): styled-components 6.6 writes the styles
// of a Server Component as <style> elements without a nonce, so that page allows inline styles (and so no nonce in
// style-src, which would switch 'unsafe-inline' off). Scripts stay nonce-only there too.
export function proxy(request) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const serverComponentPage = request.nextUrl.pathname.startsWith('/server-component');
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    serverComponentPage ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
