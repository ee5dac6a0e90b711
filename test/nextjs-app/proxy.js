import { NextResponse } from 'next/server';

// Next.js's documented nonce pattern: a fresh nonce per request, in the Content-Security-Policy of the request (Next.js
// reads it from there and puts it on its own scripts) and of the response, and in `x-nonce` for the layout.
// Styles: only <style> elements carrying this nonce, and stylesheets from this origin (the app's CSS, such as
// @privacy-label-kit/react/styles.css on the Server Component page); no 'unsafe-inline', no style attributes. The same on every page, the one
// rendered as a Server Component included.
export function proxy(request) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
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
