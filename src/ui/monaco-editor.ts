import * as monaco from 'monaco-editor/editor/editor.api'
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution'
import 'monaco-editor/editor/contrib/comment/browser/comment'
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching'
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError'
import 'monaco-editor/languages/definitions/python/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import type { Problem } from '../worker/diagnostics'

self.MonacoEnvironment = { getWorker: () => new EditorWorker() }

/** What the page needs from a Monaco editor holding the project's files, one model per path. */
export interface CodeEditor {
  /** Shows the file (creating its model from `text` the first time). */
  show(path: string, text: string): void
  /** Brings models in line with the files (after a command or undo); removes models of deleted files. */
  sync(files: Record<string, string>): void
  /** Puts the problems on their files' models as markers. */
  mark(problems: readonly Problem[]): void
  /** Moves the cursor to a line and scrolls it into view. */
  reveal(line: number): void
  /** Light or dark colours. */
  setTheme(dark: boolean): void
  /** Gives the editor keyboard focus. */
  focus(): void
  dispose(): void
}

/**
 * Creates Monaco in `element`; `changed` hears every edit, `leave` is called on F6 (the way out of the
 * editor's Tab trap, besides Ctrl+M which toggles Tab moving focus).
 */
export function createCodeEditor(
  element: HTMLElement,
  options: { dark: boolean; changed: (path: string, text: string) => void; leave: () => void },
): CodeEditor {
  const models = new Map<string, monaco.editor.ITextModel>()
  const editor = monaco.editor.create(element, {
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    tabSize: 4,
    insertSpaces: true,
    theme: options.dark ? 'vs-dark' : 'vs',
    ariaLabel: 'Code editor. Press F6 to leave it, Ctrl+M to make Tab move focus.',
    scrollBeyondLastLine: false,
  })
  editor.addCommand(monaco.KeyCode.F6, options.leave)
  const modelFor = (path: string, text: string): monaco.editor.ITextModel => {
    let model = models.get(path)
    if (model === undefined) {
      model = monaco.editor.createModel(
        text,
        path.endsWith('.py') ? 'python' : 'plaintext',
        monaco.Uri.file(path),
      )
      model.onDidChangeContent(() => options.changed(path, model!.getValue()))
      models.set(path, model)
    }
    return model
  }
  return {
    show(path, text) {
      const model = modelFor(path, text)
      if (editor.getModel() !== model) editor.setModel(model)
    },
    sync(files) {
      for (const [path, model] of models) {
        const text = files[path]
        if (text === undefined) {
          model.dispose()
          models.delete(path)
        } else if (model.getValue() !== text) model.setValue(text)
      }
    },
    mark(problems) {
      for (const [path, model] of models) {
        monaco.editor.setModelMarkers(
          model,
          'django',
          problems
            .filter((problem) => problem.path === path)
            .map((problem) => ({
              startLineNumber: problem.line,
              endLineNumber: problem.line,
              startColumn: problem.column,
              endColumn: model.getLineMaxColumn(Math.min(problem.line, model.getLineCount())),
              message: problem.message,
              severity:
                problem.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
            })),
        )
      }
    },
    reveal(line) {
      editor.revealLineInCenter(line)
      editor.setPosition({ lineNumber: line, column: 1 })
    },
    setTheme: (dark) => monaco.editor.setTheme(dark ? 'vs-dark' : 'vs'),
    focus: () => editor.focus(),
    dispose() {
      editor.dispose()
      for (const model of models.values()) model.dispose()
    },
  }
}
