/**
 * dist/_headers: security headers for Netlify / Cloudflare Pages, from src/lib/meta/csp.ts (the same
 * policy Base.astro puts in its <meta> tag, plus frame-ancestors and the other headers a meta tag cannot
 * set). A route parameter because Astro skips page files whose names start with "_".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../lib/meta/csp.ts';

export const getStaticPaths = (() => [{ params: { headers: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(headersFile(import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
