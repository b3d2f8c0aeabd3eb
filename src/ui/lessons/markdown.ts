import DOMPurify from 'dompurify'
import { marked } from 'marked'

/** A lesson body's Markdown as sanitised HTML (marked renders it, DOMPurify keeps only safe markup). */
export function renderMarkdown(markdown: string): string {
  return DOMPurify.sanitize(marked.parse(markdown, { async: false, gfm: true }))
}
