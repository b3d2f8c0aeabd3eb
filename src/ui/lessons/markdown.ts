import DOMPurify from 'dompurify'
import { marked } from 'marked'

/** A lesson body's Markdown as sanitised HTML (marked renders it, DOMPurify keeps only safe markup). */
export function renderMarkdown(markdown: string): string {
  return DOMPurify.sanitize(marked.parse(markdown, { async: false, gfm: true }))
}

/** One line of Markdown (a hint) as sanitised inline HTML, without a wrapping paragraph. */
export function renderInline(markdown: string): string {
  return DOMPurify.sanitize(marked.parseInline(markdown, { async: false, gfm: true }))
}
