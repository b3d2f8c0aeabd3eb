/** Source span of a node: 1-based lines, 0-based columns, like CPython's ast. */
export interface Span {
  line: number
  col: number
  endLine: number
  endCol: number
}

/** A formatted value inside an f-string. */
export interface FormattedValue extends Span {
  type: 'FormattedValue'
  value: Expr
  conversion: '' | 'r' | 's' | 'a'
  spec: Expr | null
}

export interface Arg {
  name: string
  annotation: Expr | null
  span: Span
}

/** A function's parameter list. */
export interface Arguments {
  posonly: Arg[]
  args: Arg[]
  defaults: Expr[]
  vararg: Arg | null
  kwonly: Arg[]
  kwDefaults: (Expr | null)[]
  kwarg: Arg | null
}

export interface Keyword {
  name: string | null
  value: Expr
  span: Span
}

export interface Comprehension {
  target: Expr
  iter: Expr
  ifs: Expr[]
  isAsync: boolean
}

export type Expr = Span &
  (
    | { type: 'Name'; id: string }
    | {
        type: 'Constant'
        kind: 'None' | 'True' | 'False' | 'Ellipsis' | 'int' | 'float' | 'complex' | 'str' | 'bytes'
        value: unknown
      }
    | { type: 'JoinedStr'; values: Expr[] }
    | FormattedValue
    | { type: 'BinOp'; op: string; left: Expr; right: Expr }
    | { type: 'UnaryOp'; op: string; operand: Expr }
    | { type: 'BoolOp'; op: 'and' | 'or'; values: Expr[] }
    | { type: 'Compare'; left: Expr; ops: string[]; comparators: Expr[] }
    | { type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
    | { type: 'Attribute'; value: Expr; attr: string }
    | { type: 'Subscript'; value: Expr; slice: Expr }
    | { type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
    | { type: 'Starred'; value: Expr }
    | { type: 'List'; elts: Expr[] }
    | { type: 'Tuple'; elts: Expr[]; parens: boolean }
    | { type: 'Set'; elts: Expr[] }
    | { type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
    | { type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
    | { type: 'Lambda'; args: Arguments; body: Expr }
    | { type: 'ListComp' | 'SetComp' | 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
    | { type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
    | { type: 'Yield'; value: Expr | null }
    | { type: 'YieldFrom'; value: Expr }
    | { type: 'Await'; value: Expr }
    | { type: 'NamedExpr'; target: Expr; value: Expr }
  )

export interface ExceptHandler extends Span {
  exType: Expr | null
  name: string | null
  body: Stmt[]
}

export interface WithItem {
  context: Expr
  vars: Expr | null
}

export interface Alias {
  name: string
  asname: string | null
  span: Span
}

export type Stmt = Span &
  (
    | { type: 'Expr'; value: Expr }
    | { type: 'Assign'; targets: Expr[]; value: Expr }
    | { type: 'AugAssign'; target: Expr; op: string; value: Expr }
    | { type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: boolean }
    | { type: 'Pass' | 'Break' | 'Continue' }
    | { type: 'Return'; value: Expr | null }
    | { type: 'Delete'; targets: Expr[] }
    | { type: 'Raise'; exc: Expr | null; cause: Expr | null }
    | { type: 'Global' | 'Nonlocal'; names: string[] }
    | { type: 'Assert'; test: Expr; msg: Expr | null }
    | { type: 'Import'; names: Alias[] }
    | { type: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
    | { type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync: boolean }
    | { type: 'With'; items: WithItem[]; body: Stmt[]; isAsync: boolean }
    | { type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
    | {
        type: 'FunctionDef'
        name: string
        args: Arguments
        body: Stmt[]
        decorators: Expr[]
        returns: Expr | null
        isAsync: boolean
      }
    | { type: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorators: Expr[] }
    | { type: 'Match'; subject: Expr; cases: MatchCase[] }
  )

/** One `case` of a match statement. */
export interface MatchCase {
  pattern: Pattern
  guard: Expr | null
  body: Stmt[]
}

/** A match-statement pattern (CPython's `pattern` AST nodes). */
export type Pattern = Span &
  (
    | { type: 'MatchValue'; value: Expr }
    | { type: 'MatchSingleton'; value: 'None' | 'True' | 'False' }
    | { type: 'MatchSequence'; patterns: Pattern[] }
    | { type: 'MatchStar'; name: string | null }
    | { type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
    | { type: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwdAttrs: string[]; kwdPatterns: Pattern[] }
    | { type: 'MatchAs'; pattern: Pattern | null; name: string | null }
    | { type: 'MatchOr'; patterns: Pattern[] }
  )

/** A parsed module: its statements and the source lines (for tracebacks). */
export interface Module {
  body: Stmt[]
}
