import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** Only these URL schemes survive in links and images; anything else (javascript:, data:) is dropped. */
const SAFE_URL = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i;
export const safeUrl = (url: string) => (SAFE_URL.test(url.trim()) ? url : '');

const components: Components = {
  a: ({ href, children }) => {
    const url = safeUrl(href ?? '');
    const external = /^https?:/i.test(url);
    return url ? (
      <a href={url} {...(external ? { target: '_blank', rel: 'noopener noreferrer nofollow' } : {})} className="text-brand-700 underline">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    );
  },
  // eslint-disable-next-line @next/next/no-img-element -- article images are the tenant's own files, sized by the author
  img: ({ src, alt }) => (typeof src === 'string' && safeUrl(src) ? <img src={src} alt={alt ?? ''} loading="lazy" className="max-w-full rounded" /> : null),
};

/**
 * An article body written in Markdown (GitHub flavour: tables, task lists). Raw HTML from authors is never
 * rendered — `skipHtml` drops it — and links and images keep only safe schemes; outside links open with
 * rel="noopener".
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-article space-y-3 text-sm leading-6 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_table]:w-full [&_td]:border [&_td]:border-zinc-200 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-zinc-200 [&_th]:bg-zinc-50 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-zinc-100 [&_pre]:p-3 [&_blockquote]:border-l-4 [&_blockquote]:border-zinc-200 [&_blockquote]:pl-3 [&_blockquote]:text-zinc-600">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml urlTransform={safeUrl} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
